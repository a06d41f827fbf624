// The JSON of the analyst's desk (issue 17): GET/POST /api/curation, /api/watch, /api/alerts
// (web/server/routes/curation.ts). Mirrors ingest/curation/records.ts and the alert-list and
// watch-list statements as the browser receives them. Types only; imports nothing but its sibling.
import type { EntityType } from './api-types.ts';

export type CurationOperation = 'merge' | 'split' | 'rename' | 'retype' | 'hide' | 'unhide' | 'undo';

export interface CurationEntityRef {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
}

/** The arguments of each operation, as recorded (ids resolved, and what undo needs). */
export interface CurationArgsByOperation {
  merge: { into: CurationEntityRef; absorbed: CurationEntityRef[] };
  split: { entity: string; aliases: string[]; target: { id: string; name: string; type: EntityType }; created: boolean };
  rename: { entity: string; name: string; previous: string };
  retype: { entity: string; type: EntityType; previous: EntityType };
  hide: { entity: string };
  unhide: { entity: string };
  undo: {
    curation: string;
    operation: Exclude<CurationOperation, 'undo'>;
    args: CurationArgsByOperation[Exclude<CurationOperation, 'undo'>];
  };
}

/** What an operator asks for (POST /api/curation): entities by id, exact name or alias. */
export type CurationRequestBody = (
  | { operation: 'merge'; entities: string[] }
  | { operation: 'split'; entity: string; aliases: string[] }
  | { operation: 'rename'; entity: string; name: string }
  | { operation: 'retype'; entity: string; type: string }
  | { operation: 'hide' | 'unhide'; entity: string }
  | { operation: 'undo'; curation: string }
) & { who?: string; why?: string };

/** An operation with its recorded arguments. */
export type CurationChange = { [O in CurationOperation]: { operation: O; args: CurationArgsByOperation[O] } }[CurationOperation];

/** One record of GET /api/curation (oldest first) and the answer of POST /api/curation. */
export type CurationRecordJson = CurationChange & {
  id: string;
  seq: number;
  who: string;
  /** ISO date-time. */
  when: string;
  why: string;
  undone: boolean;
};

/** GET /api/watch: an entity, or a pair (`with`); names are null for an entity merged away since. */
export interface WatchJson {
  key: string;
  entity: string;
  name: string | null;
  with: string | null;
  withName: string | null;
  who: string;
  since: string;
}

/** GET /api/alerts (newest first): a watched entity's first connection with another. */
export interface AlertJson {
  id: string;
  entities: string[];
  names: string[];
  relation: string;
  watch: string;
  articleId: string | null;
  title: string | null;
  url: string | null;
  sentence: string | null;
  /** ISO date-time the ingest recorded it. */
  at: string;
  delivered?: boolean | null;
  attempts?: number | null;
  deliveryError?: string | null;
}

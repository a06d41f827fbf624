// What a curation is, as recorded: its operation and arguments (plan.ts folds them into rules).
// Apart from the plan so that reading and validating records (curation-file.ts, the server's
// routes) loads nothing of the extraction the plan reuses.
import type { EntityType } from '../model.ts';

export const OPERATIONS = ['merge', 'split', 'rename', 'retype', 'hide', 'unhide', 'undo'] as const;
export type Operation = (typeof OPERATIONS)[number];

export interface EntityRef {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
}

/** The arguments of each operation, as recorded (ids resolved, and what undo needs). */
export interface CurationArgs {
  merge: { into: EntityRef; absorbed: EntityRef[] };
  split: { entity: string; aliases: string[]; target: { id: string; name: string; type: EntityType }; created: boolean };
  rename: { entity: string; name: string; previous: string };
  retype: { entity: string; type: EntityType; previous: EntityType };
  hide: { entity: string };
  unhide: { entity: string };
  undo: { curation: string; operation: Exclude<Operation, 'undo'>; args: CurationArgs[Exclude<Operation, 'undo'>] };
}

export interface CurationRecord<O extends Operation = Operation> {
  id: string;
  seq: number;
  operation: O;
  args: CurationArgs[O];
  who: string;
  when: string;
  why: string;
  undone: boolean;
}

/** What an operator asks for: entities by id, name or alias (entities.ts resolves them). */
export type CurationRequest =
  | { operation: 'merge'; entities: string[] }
  | { operation: 'split'; entity: string; aliases: string[] }
  | { operation: 'rename'; entity: string; name: string }
  | { operation: 'retype'; entity: string; type: string }
  | { operation: 'hide' | 'unhide'; entity: string }
  | { operation: 'undo'; curation: string };

/** The request a record was made from. */
export function requestOf(r: CurationRecord): CurationRequest {
  switch (r.operation) {
    case 'merge': {
      const a = r.args as CurationArgs['merge'];
      return { operation: 'merge', entities: [a.into.id, ...a.absorbed.map((b) => b.id)] };
    }
    case 'split': {
      const a = r.args as CurationArgs['split'];
      return { operation: 'split', entity: a.entity, aliases: a.aliases };
    }
    case 'rename': {
      const a = r.args as CurationArgs['rename'];
      return { operation: 'rename', entity: a.entity, name: a.name };
    }
    case 'retype': {
      const a = r.args as CurationArgs['retype'];
      return { operation: 'retype', entity: a.entity, type: a.type };
    }
    case 'hide':
    case 'unhide':
      return { operation: r.operation, entity: (r.args as CurationArgs['hide']).entity };
    case 'undo':
      return { operation: 'undo', curation: (r.args as CurationArgs['undo']).curation };
  }
}

// Events in a time window with their participants and place, for the explorer's timeline.
import neo4j from 'neo4j-driver';
import type { EntityType } from '../../model.ts';
import type { Store } from '../client.ts';
import { intOption, windowEnd, windowOption, windowStart } from './options.ts';

const MODULE = 'store/queries/timeline';

export interface EntityRef {
  id: string;
  name: string;
  type: EntityType;
}

export interface TimelineEvent {
  id: string;
  name: string;
  date: string;
  dateText: string | null;
  kind: string;
  participants: EntityRef[];
  place: EntityRef | null;
}

export const DEFAULT_TIMELINE_OPTIONS = { limit: 200 };

export async function timeline(store: Store, options: { from?: string; to?: string; limit?: number } = {}): Promise<TimelineEvent[]> {
  const limit = options.limit ?? DEFAULT_TIMELINE_OPTIONS.limit;
  intOption(MODULE, 'limit', limit, 1, 10_000);
  const { from, to } = windowOption(MODULE, options.from, options.to);
  // Widened to whole days first: compared with an event's date at its own precision, to=2024 must
  // mean 2024-12-31 (the bare '2024' sorted before every 2024-MM-DD and left the year out).
  const rows = await store.read('timeline', {
    from: from === null ? null : windowStart(from).slice(0, 10),
    to: to === null ? null : windowEnd(to).slice(0, 10),
    limit: neo4j.int(limit),
  });
  return (rows as unknown as TimelineEvent[]).map((e) => ({ ...e, participants: e.participants.filter((p) => p.id !== null) }));
}

// Events in a time window with their participants and place, for the explorer's timeline.
import neo4j from 'neo4j-driver';
import type { EntityType } from '../../model.ts';
import type { Store } from '../client.ts';
import { dateOption, intOption } from './options.ts';

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
  const from = dateOption(MODULE, 'from', options.from);
  const to = dateOption(MODULE, 'to', options.to);
  const rows = await store.read('timeline', {
    from: from?.slice(0, 10) ?? null,
    to: to?.slice(0, 10) ?? null,
    limit: neo4j.int(limit),
  });
  return (rows as unknown as TimelineEvent[]).map((e) => ({ ...e, participants: e.participants.filter((p) => p.id !== null) }));
}

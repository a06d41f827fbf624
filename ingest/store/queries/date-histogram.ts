// Articles and events per day or month, for the explorer's time slider.
import type { Store } from '../client.ts';
import { QueryOptionsError } from './options.ts';

const MODULE = 'store/queries/date-histogram';

export interface DateBucket {
  date: string;
  articles: number;
  events: number;
}

export async function dateHistogram(store: Store, options: { bucket: 'day' | 'month' } = { bucket: 'day' }): Promise<DateBucket[]> {
  if (options.bucket !== 'day' && options.bucket !== 'month') {
    throw new QueryOptionsError(`${MODULE}: bucket must be "day" or "month", got "${String(options.bucket)}"`);
  }
  return (await store.read('date-histogram', { bucket: options.bucket })) as unknown as DateBucket[];
}

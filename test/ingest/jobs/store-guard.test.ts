import { describe, expect, it } from 'vitest';
import { isStoreUnavailable } from '../../../ingest/jobs/store-guard.ts';

const neo4jError = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('isStoreUnavailable', () => {
  it('should wait out a database that cannot be reached, however deep the cause', () => {
    expect(isStoreUnavailable(neo4jError('ServiceUnavailable', 'Could not perform discovery'))).toBe(true);
    expect(
      isStoreUnavailable(
        new Error('store/write-articles: writing 50 articles failed', {
          cause: neo4jError('Neo.TransientError.General.DatabaseUnavailable', 'The database is not available'),
        }),
      ),
    ).toBe(true);
  });

  it('should not take a transaction over the memory limit for an outage, so the run says what happened at once', () => {
    const tooBig = neo4jError('Neo.TransientError.General.MemoryPoolOutOfMemoryError', 'db.memory.transaction.max threshold reached');
    expect(isStoreUnavailable(tooBig)).toBe(false);
    expect(isStoreUnavailable(new Error('store/write-articles: writing 50 articles failed', { cause: tooBig }))).toBe(false);
  });

  it('should not take a statement the database refuses for an outage', () => {
    expect(isStoreUnavailable(neo4jError('Neo.ClientError.Statement.SyntaxError', 'Invalid input'))).toBe(false);
  });
});

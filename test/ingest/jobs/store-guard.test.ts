import { describe, expect, it } from 'vitest';
import { isStoreBroken, isStoreUnavailable, storeBroken } from '../../../ingest/jobs/store-guard.ts';

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

// What Neo4j 5.26 answers once its disk is full (test/ingest/jobs/disk-full.int.test.ts fills one).
const commitFailed = neo4jError(
  'Neo.DatabaseError.Transaction.TransactionCommitFailed',
  'Could not apply the transaction: Transaction #203 {…} to the store after written to log.',
);
const startFailed = neo4jError(
  'Neo.DatabaseError.Transaction.TransactionStartFailed',
  'The database has encountered a critical error, and needs to be restarted. Please see database logs for more details.',
);

describe('isStoreBroken', () => {
  it('should take a database that can no longer start or commit for broken, however deep the cause', () => {
    expect(isStoreBroken(commitFailed)).toBe(true);
    expect(isStoreBroken(new Error('store/write-articles: writing 50 articles failed', { cause: startFailed }))).toBe(true);
    expect(isStoreBroken(new Error('The database has encountered a critical error, and needs to be restarted.'))).toBe(true);
  });

  it('should not take an outage or a refused statement for broken', () => {
    expect(isStoreBroken(neo4jError('ServiceUnavailable', 'Could not perform discovery'))).toBe(false);
    expect(isStoreBroken(neo4jError('Neo.ClientError.Schema.ConstraintValidationFailed', 'already exists'))).toBe(false);
  });

  it("should end the run saying what to do and what Neo4j said, not the writer's wrapping", () => {
    const message = storeBroken(new Error('store/write-articles: writing 50 articles failed (…)', { cause: commitFailed })).message;
    expect(message).toMatch(/^ingest\/jobs\/store-guard: Neo4j can no longer commit anything; the run stops here\. Most often its disk is full/);
    expect(message).toMatch(/restart Neo4j, then run again/);
    expect(message).toMatch(/Neo4j said: Could not apply the transaction/);
    expect(message).not.toMatch(/store\/write-articles/);
  });
});

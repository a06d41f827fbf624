// Records (or updates) a document that failed in a job: its reason, attempts so far, and when to
// try again (exponential backoff from $backoffMs); from $maxAttempts on it is kept as 'failed' for
// an operator to see, and no longer retried.
MERGE (f:DocumentFailure {key: $key})
ON CREATE SET f.job = $job, f.document = $document, f.attempts = 0, f.firstFailedAt = datetime($now)
WITH f, f.attempts + 1 AS attempts
SET f.attempts = attempts, f.source = $source, f.reason = $reason, f.message = $message,
  f.lastFailedAt = datetime($now), f.lastRun = $runId,
  f.status = CASE WHEN attempts >= $maxAttempts THEN 'failed' ELSE 'retrying' END,
  f.nextAttemptAt = $nowMs + toInteger($backoffMs * 2 ^ (attempts - 1))
WITH f
MATCH (j:IngestJob {name: $job})
MERGE (j)-[:FAILED]->(f)
RETURN f.attempts AS attempts, f.status AS status

// A job's recorded document failures, newest first.
MATCH (f:DocumentFailure {job: $job})
RETURN f.document AS document, f.source AS source, f.reason AS reason, f.message AS message,
  f.attempts AS attempts, f.status AS status, f.nextAttemptAt AS nextAttemptAt,
  toString(f.lastFailedAt) AS lastFailedAt
ORDER BY f.lastFailedAt DESC, f.document
LIMIT toInteger($limit)

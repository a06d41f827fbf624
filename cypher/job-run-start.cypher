// Marks a claimed run as running, and any earlier run of the job still marked running (its process
// died or lost Neo4j before recording the end) as failed: only the lease holder gets here.
MATCH (r:IngestRun {id: $id})
SET r.status = 'running', r.startedAt = datetime($now)
WITH r
OPTIONAL MATCH (:IngestJob {name: $name})-[:RAN]->(old:IngestRun)
WHERE old.id <> $id AND old.status IN ['running', 'claimed'] AND old.claimedAt < datetime($now)
SET old.status = 'failed', old.finishedAt = coalesce(old.finishedAt, datetime($now)),
  old.error = coalesce(old.error, 'ingest/jobs: this run did not record its end (the process stopped or lost Neo4j); the next run resumed its work')
RETURN r.id AS id

// Every job the database knows, with its latest run.
MATCH (j:IngestJob)
OPTIONAL MATCH (j)-[:RAN]->(r:IngestRun)
WITH j, r ORDER BY coalesce(r.startedAt, r.claimedAt) DESC
WITH j, collect(r)[0] AS last
RETURN j.name AS name, j.schedule AS schedule, j.sources AS sources,
  last.status AS lastStatus, toString(last.finishedAt) AS lastFinishedAt
ORDER BY name

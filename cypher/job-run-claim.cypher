// Claims one run of a job (a scheduled slot such as `news@2024-05-05T10:00:00.000Z`, or a manual run).
// The unique IngestRun.id makes this a once-only claim across app instances: the row says whether
// this owner created the run.
MATCH (j:IngestJob {name: $name})
MERGE (r:IngestRun {id: $id})
ON CREATE SET r.job = $name, r.owner = $owner, r.trigger = $trigger, r.status = 'claimed',
  r.scheduledAt = CASE WHEN $scheduledAt IS NULL THEN null ELSE datetime($scheduledAt) END,
  r.claimedAt = datetime($now)
MERGE (j)-[:RAN]->(r)
RETURN r.owner = $owner AND r.status = 'claimed' AS mine

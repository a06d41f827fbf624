// A job's runs, newest first.
MATCH (:IngestJob {name: $name})-[:RAN]->(r:IngestRun)
RETURN r.id AS id, r.status AS status, r.trigger AS trigger, r.owner AS owner,
  toString(r.scheduledAt) AS scheduledAt, toString(r.startedAt) AS startedAt, toString(r.finishedAt) AS finishedAt,
  r.seen AS seen, r.`new` AS new, r.updated AS updated, r.unchanged AS unchanged, r.failed AS failed, r.error AS error
ORDER BY coalesce(r.startedAt, r.claimedAt) DESC, r.id DESC
LIMIT toInteger($limit)

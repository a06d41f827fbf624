// Alerts the webhook has not yet received and that are due (ingest/curation/webhook.ts): never tried,
// or their next attempt (set after a failed delivery, backing off) is at or before $now; oldest first.
MATCH (al:Alert)
WHERE al.delivered = false AND (al.nextAttemptAt IS NULL OR al.nextAttemptAt <= datetime($now))
RETURN al.id AS id, al.entities AS entities, al.names AS names, al.relation AS relation, al.watch AS watch,
       al.articleId AS articleId, al.title AS title, al.url AS url, al.sentence AS sentence, toString(al.at) AS at
ORDER BY al.at, al.id
LIMIT toInteger($limit)

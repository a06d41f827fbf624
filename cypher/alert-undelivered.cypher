// Alerts the webhook has not yet received (ingest/curation/webhook.ts), oldest first.
MATCH (al:Alert)
WHERE al.delivered = false
RETURN al.id AS id, al.entities AS entities, al.names AS names, al.relation AS relation, al.watch AS watch,
       al.articleId AS articleId, al.title AS title, al.url AS url, al.sentence AS sentence, toString(al.at) AS at
ORDER BY al.at, al.id
LIMIT toInteger($limit)

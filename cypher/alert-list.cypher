// Alerts recorded at or after $since (all when null), newest first, at most $limit.
MATCH (al:Alert)
WHERE $since IS NULL OR al.at >= datetime($since)
RETURN al.id AS id, al.entities AS entities, al.names AS names, al.relation AS relation, al.watch AS watch,
       al.articleId AS articleId, al.title AS title, al.url AS url, al.sentence AS sentence, toString(al.at) AS at,
       al.delivered AS delivered, al.attempts AS attempts, al.deliveryError AS deliveryError
ORDER BY al.at DESC, al.id
LIMIT toInteger($limit)

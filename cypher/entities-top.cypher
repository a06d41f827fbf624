// The home view's entities over all time: the most-mentioned, from the entity_mention_count index
// (PartialTop, no full scan), in a stable order (mentions then id). Their co-mentions come from
// comentions-among.cypher. Hidden entities (ingest/curation) are left out.
MATCH (e:Entity)
WHERE e.mentionCount IS NOT NULL AND e.hidden IS NULL
WITH e ORDER BY e.mentionCount DESC, e.id LIMIT $limit
RETURN e.id AS id, e.name AS name, e.type AS type, e.mentionCount AS mentionCount, coalesce(e.aliases, []) AS aliases,
       e.confidence AS confidence

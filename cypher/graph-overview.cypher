// The home view's nodes: the most-mentioned entities, from the entity_mention_count index
// (PartialTop, no full scan), in a stable order (mentions then id). The strongest co-mentions among
// them are comentions-among.cypher's (ingest/store/queries/graph-overview.ts): among the top
// entities of a large corpus nearly every pair is co-mentioned (tens of thousands of edges at
// 10,000 articles), which no reader can tell apart on one screen, so only the strongest are drawn
// and the rest counted.
// Hidden entities (ingest/curation) are left out.
MATCH (e:Entity)
WHERE e.mentionCount IS NOT NULL AND e.hidden IS NULL
WITH e ORDER BY e.mentionCount DESC, e.id LIMIT $limit
RETURN collect({id: e.id, name: e.name, type: e.type, mentionCount: e.mentionCount, aliases: coalesce(e.aliases, []), confidence: e.confidence}) AS nodes

// Entity search: full-text over names, aliases and English names (entity_names, cjk analyzer),
// plus exact-name hits that rank first whatever the analyzer makes of them. $query is a Lucene
// query built and escaped by ingest/store/queries/search-entities.ts; $exact is the raw input.
// Hidden entities (ingest/curation) are never found.
CALL {
  CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $candidates}) YIELD node, score
  WHERE node:Entity
  RETURN node, score
  UNION
  MATCH (node:Entity)
  WHERE node.name = $exact
  RETURN node, 0.0 AS score
}
WITH node, max(score) AS score
WHERE ($types IS NULL OR node.type IN $types) AND node.hidden IS NULL
WITH node, score +
  CASE
    WHEN node.name = $exact THEN 1000.0
    WHEN $exact IN coalesce(node.aliases, []) OR toLower(coalesce(node.nameEn, '')) = toLower($exact) THEN 500.0
    ELSE 0.0
  END AS score
RETURN node.id AS id, node.name AS name, node.type AS type, coalesce(node.aliases, []) AS aliases,
       node.nameEn AS nameEn, node.mentionCount AS mentionCount, score
ORDER BY score DESC, mentionCount DESC, id
LIMIT $limit

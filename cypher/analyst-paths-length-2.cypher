// Analyst example: 两个实体之间经过一个中间人的路径 Paths of length 2 between two entities — e.g. $a = '马斯克',
// $b = '布林肯' (names or aliases) — through one entity co-mentioned with both, strongest first; the
// nodes and relationships come back too, so "add to canvas" draws them.
// Parameters: {"a": "马斯克", "b": "布林肯"}
MATCH (x:Entity)
WHERE x.name = $a OR $a IN coalesce(x.aliases, [])
MATCH (y:Entity)
WHERE (y.name = $b OR $b IN coalesce(y.aliases, [])) AND y <> x
MATCH (x)-[r1:CO_MENTIONED]-(via:Entity)-[r2:CO_MENTIONED]-(y)
WHERE via <> x AND via <> y
RETURN x, r1, via, r2, y, r1.weight + r2.weight AS strength
ORDER BY strength DESC, via.name
LIMIT 25

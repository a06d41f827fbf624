// The shortest chain of co-mentions between two entities (at most 10 hops; the caller's smaller
// maxDepth is applied to the result, since Cypher takes no parameter for a path length).
MATCH (x:Entity {id: $source}), (y:Entity {id: $target})
WHERE x <> y
MATCH p = shortestPath((x)-[:CO_MENTIONED*..10]-(y))
RETURN [n IN nodes(p) | {id: n.id, name: n.name, type: n.type, mentionCount: n.mentionCount, aliases: coalesce(n.aliases, [])}] AS nodes,
       [r IN relationships(p) | {source: startNode(r).id, target: endNode(r).id, weight: r.weight, articleCount: r.articleCount, firstSeen: toString(date(r.firstSeen)), lastSeen: toString(date(r.lastSeen))}] AS edges

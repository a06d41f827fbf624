// A neighbourhood in one statement (one round trip instead of one per ring plus one for the edges):
// each hub keeps its $hubCap strongest co-mentioned neighbours that pass the filters and reports how
// many more it hid; at depth 2 every kept neighbour that is not a seed is expanded the same way.
// A dense hub (中国: tens of thousands of co-mentions) is not read whole: its list of strongest
// co-mentions (strongRels, every one heavier than strongAbove: entities-rank-neighbours.cypher) is
// read first, each relationship sought by its id, and when at least $hubCap of them pass the filters they are the $hubCap strongest of
// all. How many it hid stays exact: with no filter, the degree Neo4j keeps per node less its hidden
// neighbours (found through the curated index); with a filter, one count over its co-mentions (no
// sort, no list). An entity without the list, or whose list falls short, is expanded whole. Then
// the co-mentions among the nodes reached that pass the filters, in the GraphView shape
// (ingest/store/queries/graph-overview.ts). Edges count in a time window when their first/last seen
// span overlaps it in local days (date() of a time kept in the article's offset, never the UTC day).
// For those edges an entity without a list is expanded whole, both ways, and so is a hub whose
// ring was read whole (its list fell short: every edge to its ring is drawn); any other dense one
// reads its list only, as a hub's neighbours are hubs themselves (the 50 around 中国 have 300,000
// co-mentions at 100,000 articles). So a co-mention between two list-read entities that is in
// neither's list is not drawn: it weighs at most both ends' floors, and maxWeightNotShown (the
// second-highest floor among them) bounds every co-mention among the nodes left out; null when
// none can be. The other end is checked against the node list by identity, which reads no property.
// Hidden entities (ingest/curation) are left out, as hubs and as neighbours.
UNWIND $ids AS id
MATCH (hub:Entity {id: id})
WHERE hub.hidden IS NULL
CALL {
  WITH hub
  CALL {
    WITH hub
    UNWIND coalesce(hub.strongRels, []) AS rid
    MATCH (a:Entity)-[r:CO_MENTIONED]->(b:Entity)
    WHERE elementId(r) = rid AND (a = hub OR b = hub)
    WITH hub, r, CASE WHEN a = hub THEN b ELSE a END AS n
    WHERE r.weight > hub.strongAbove AND r.weight >= $minWeight
      AND ($types IS NULL OR n.type IN $types) AND n.hidden IS NULL
      AND ($from IS NULL OR date(r.lastSeen) >= date(datetime($from)))
      AND ($to IS NULL OR date(r.firstSeen) <= date(datetime($to)))
    WITH n, r ORDER BY r.weight DESC, n.id
    RETURN collect(n) AS strong
  }
  WITH hub, strong, size(strong) >= $hubCap AS listed,
       $types IS NULL AND $from IS NULL AND $to IS NULL AND $minWeight <= 1 AS unfiltered
  CALL {
    WITH hub, listed
    WITH hub WHERE NOT listed
    MATCH (hub)-[r:CO_MENTIONED]-(n:Entity)
    WHERE r.weight >= $minWeight
      AND ($types IS NULL OR n.type IN $types) AND n.hidden IS NULL
      AND ($from IS NULL OR date(r.lastSeen) >= date(datetime($from)))
      AND ($to IS NULL OR date(r.firstSeen) <= date(datetime($to)))
    WITH n, r ORDER BY r.weight DESC, n.id
    RETURN collect(n) AS ranked
  }
  CALL {
    WITH hub, listed, unfiltered
    WITH hub WHERE listed AND unfiltered
    MATCH (x:Entity)
    WHERE x.curated = true AND x.hidden = true AND EXISTS { (x)-[:CO_MENTIONED]-(hub) }
    RETURN count(x) AS hiddenNeighbours
  }
  CALL {
    WITH hub, listed, unfiltered
    WITH hub WHERE listed AND NOT unfiltered
    MATCH (hub)-[r:CO_MENTIONED]-(n:Entity)
    WHERE r.weight >= $minWeight
      AND ($types IS NULL OR n.type IN $types) AND n.hidden IS NULL
      AND ($from IS NULL OR date(r.lastSeen) >= date(datetime($from)))
      AND ($to IS NULL OR date(r.firstSeen) <= date(datetime($to)))
    RETURN count(r) AS passing
  }
  RETURN listed, CASE WHEN listed THEN strong[0..$hubCap] ELSE ranked[0..$hubCap] END AS kept,
         CASE WHEN NOT listed THEN size(ranked)
              WHEN unfiltered THEN COUNT { (hub)-[:CO_MENTIONED]-() } - hiddenNeighbours
              ELSE passing END AS available
}
WITH collect({hub: hub, kept: kept, hidden: available - size(kept), listed: listed}) AS ring1
CALL {
  WITH ring1
  UNWIND ring1 AS h
  UNWIND h.kept AS hub
  WITH DISTINCT hub
  WHERE $depth = 2 AND NOT hub.id IN $ids
  CALL {
    WITH hub
    CALL {
      WITH hub
      UNWIND coalesce(hub.strongRels, []) AS rid
      MATCH (a:Entity)-[r:CO_MENTIONED]->(b:Entity)
      WHERE elementId(r) = rid AND (a = hub OR b = hub)
      WITH hub, r, CASE WHEN a = hub THEN b ELSE a END AS n
      WHERE r.weight > hub.strongAbove AND r.weight >= $minWeight
        AND ($types IS NULL OR n.type IN $types) AND n.hidden IS NULL
        AND ($from IS NULL OR date(r.lastSeen) >= date(datetime($from)))
        AND ($to IS NULL OR date(r.firstSeen) <= date(datetime($to)))
      WITH n, r ORDER BY r.weight DESC, n.id
      RETURN collect(n) AS strong
    }
    WITH hub, strong, size(strong) >= $hubCap AS listed,
         $types IS NULL AND $from IS NULL AND $to IS NULL AND $minWeight <= 1 AS unfiltered
    CALL {
      WITH hub, listed
      WITH hub WHERE NOT listed
      MATCH (hub)-[r:CO_MENTIONED]-(n:Entity)
      WHERE r.weight >= $minWeight
        AND ($types IS NULL OR n.type IN $types) AND n.hidden IS NULL
        AND ($from IS NULL OR date(r.lastSeen) >= date(datetime($from)))
        AND ($to IS NULL OR date(r.firstSeen) <= date(datetime($to)))
      WITH n, r ORDER BY r.weight DESC, n.id
      RETURN collect(n) AS ranked
    }
    CALL {
      WITH hub, listed, unfiltered
      WITH hub WHERE listed AND unfiltered
      MATCH (x:Entity)
      WHERE x.curated = true AND x.hidden = true AND EXISTS { (x)-[:CO_MENTIONED]-(hub) }
      RETURN count(x) AS hiddenNeighbours
    }
    CALL {
      WITH hub, listed, unfiltered
      WITH hub WHERE listed AND NOT unfiltered
      MATCH (hub)-[r:CO_MENTIONED]-(n:Entity)
      WHERE r.weight >= $minWeight
        AND ($types IS NULL OR n.type IN $types) AND n.hidden IS NULL
        AND ($from IS NULL OR date(r.lastSeen) >= date(datetime($from)))
        AND ($to IS NULL OR date(r.firstSeen) <= date(datetime($to)))
      RETURN count(r) AS passing
    }
    RETURN listed, CASE WHEN listed THEN strong[0..$hubCap] ELSE ranked[0..$hubCap] END AS kept,
           CASE WHEN NOT listed THEN size(ranked)
                WHEN unfiltered THEN COUNT { (hub)-[:CO_MENTIONED]-() } - hiddenNeighbours
                ELSE passing END AS available
  }
  RETURN collect({hub: hub, kept: kept, hidden: available - size(kept), listed: listed}) AS ring2
}
WITH ring1 + ring2 AS rings
CALL {
  WITH rings
  UNWIND rings AS h
  UNWIND [h.hub] + h.kept AS n
  WITH DISTINCT n
  RETURN collect(n) AS ns
}
WITH rings, ns, [h IN rings WHERE NOT h.listed | h.hub] AS whole
CALL {
  WITH ns, whole
  UNWIND ns AS a
  CALL {
    WITH a, ns, whole
    WITH a, ns WHERE a.strongRels IS NULL OR a IN whole
    MATCH (a)-[r:CO_MENTIONED]-(b)
    WHERE b IN ns
    RETURN r
    UNION
    WITH a, ns, whole
    WITH a, ns WHERE a.strongRels IS NOT NULL AND NOT a IN whole
    UNWIND a.strongRels AS rid
    MATCH (x)-[r:CO_MENTIONED]->(y)
    WHERE elementId(r) = rid AND ((x = a AND y IN ns) OR (y = a AND x IN ns))
    RETURN r
  }
  WITH DISTINCT r
  WHERE r.weight >= $minWeight
    AND ($from IS NULL OR date(r.lastSeen) >= date(datetime($from)))
    AND ($to IS NULL OR date(r.firstSeen) <= date(datetime($to)))
  RETURN collect({source: startNode(r).id, target: endNode(r).id, weight: r.weight, articleCount: r.articleCount, confidence: r.confidence,
                  firstSeen: toString(date(r.firstSeen)), lastSeen: toString(date(r.lastSeen))}) AS edges
}
CALL {
  WITH ns, whole
  UNWIND ns AS n
  WITH n WHERE n.strongRels IS NOT NULL AND n.strongAbove IS NOT NULL AND NOT n IN whole
  WITH n.strongAbove AS floor ORDER BY floor DESC
  RETURN collect(floor) AS floors
}
RETURN [n IN ns | {id: n.id, name: n.name, type: n.type, mentionCount: n.mentionCount, aliases: coalesce(n.aliases, []), confidence: n.confidence}] AS nodes,
       edges,
       [h IN rings WHERE h.hidden > 0 | {id: h.hub.id, hidden: h.hidden}] AS truncated,
       CASE WHEN size(floors) >= 2 THEN floors[1] END AS maxWeightNotShown

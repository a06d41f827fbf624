// Merges the stored entity $absorbed into $into (same type; ingest/resolve/known.ts decided): its
// sentences' MENTIONS move; its NAMES move, or join the article's NAMES of $into (mentions summed,
// aliases the sorted union with the absorbed name, the smaller English name, the higher confidence); event reports that
// name it as participant or place name $into instead; then it is deleted with its co-mention and
// event links. Returns what must be recomputed: the articles whose NAMES moved (their co-mention
// lists), every entity they name (pairs with $into) and the events whose reports changed.
MATCH (s:Entity {id: $into})
MATCH (v:Entity {id: $absorbed})
WHERE v.type = s.type AND v <> s
SET v.writeLock = true
WITH s, v
CALL {
  WITH s, v
  MATCH (st:Sentence)-[m:MENTIONS]->(v)
  CREATE (st)-[moved:MENTIONS]->(s)
  SET moved = properties(m)
  DELETE m
}
CALL {
  WITH s, v
  MATCH (a:Article)-[n:NAMES]->(v)
  OPTIONAL MATCH (a)-[k:NAMES]->(s)
  WITH s, v, a, n, k, [x IN coalesce(n.aliases, []) + [v.name] + coalesce(k.aliases, []) WHERE x <> s.name] AS offered
  CALL {
    WITH offered
    UNWIND offered AS alias
    WITH DISTINCT alias
    ORDER BY alias
    RETURN collect(alias) AS aliases
  }
  WITH s, a, n, k, aliases, n.mentions + coalesce(k.mentions, 0) AS mentions,
       CASE WHEN k IS NULL OR k.nameEn IS NULL OR (n.nameEn IS NOT NULL AND n.nameEn < k.nameEn) THEN n.nameEn ELSE k.nameEn END AS nameEn,
       CASE WHEN k IS NULL OR k.confidence IS NULL OR n.confidence > k.confidence THEN n.confidence ELSE k.confidence END AS confidence
  FOREACH (_ IN CASE WHEN k IS NULL THEN [1] ELSE [] END |
    CREATE (a)-[:NAMES {mentions: mentions, aliases: aliases, nameEn: nameEn, coMentionTargets: [], coMentionWeights: [], confidence: confidence}]->(s))
  FOREACH (_ IN CASE WHEN k IS NULL THEN [] ELSE [1] END |
    SET k.mentions = mentions, k.aliases = aliases, k.nameEn = nameEn, k.confidence = confidence)
  DELETE n
  RETURN collect(a.id) AS articles
}
CALL {
  WITH s, v
  OPTIONAL MATCH (v)-[:PARTICIPATED_IN]->(p:Event)
  OPTIONAL MATCH (h:Event)-[:HELD_IN]->(v)
  WITH s, v, collect(DISTINCT p) + collect(DISTINCT h) AS events
  UNWIND events AS ev
  MATCH (:Article)-[r:REPORTS]->(ev)
  WHERE v.id IN r.participants OR r.place = v.id
  CALL {
    WITH r, s, v
    UNWIND [x IN r.participants | CASE WHEN x = v.id THEN s.id ELSE x END] AS pid
    WITH DISTINCT pid
    ORDER BY pid
    RETURN collect(pid) AS participants
  }
  SET r.participants = participants, r.place = CASE WHEN r.place = v.id THEN s.id ELSE r.place END
  RETURN collect(DISTINCT ev.id) AS events
}
CALL {
  WITH s, articles
  UNWIND articles AS aid
  MATCH (:Article {id: aid})-[:NAMES]->(z:Entity)
  WHERE z <> s
  RETURN collect(DISTINCT z.id) AS entities
}
DETACH DELETE v
RETURN articles, entities, events

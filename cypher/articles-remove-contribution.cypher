// Removes the stored contribution of changed articles (sentences with their mentions, NAMES and
// REPORTS), returning what it touched: the co-mention pairs its NAMES held ([x, y], x < y), and the
// entities and events whose counts must be recomputed, and its local day (the date tally it leaves).
UNWIND $ids AS id
MATCH (a:Article {id: id})
CALL {
  WITH a
  OPTIONAL MATCH (a)-[n:NAMES]->(x:Entity)
  UNWIND coalesce(n.coMentionTargets, []) AS y
  RETURN collect([x.id, y]) AS pairs
}
CALL {
  WITH a
  OPTIONAL MATCH (a)-[n:NAMES]->(e:Entity)
  RETURN collect(e.id) AS entities
}
CALL {
  WITH a
  OPTIONAL MATCH (a)-[r:REPORTS]->(ev:Event)
  RETURN collect(ev.id) AS events
}
CALL {
  WITH a
  OPTIONAL MATCH (a)-[:HAS_SENTENCE]->(s:Sentence)
  DETACH DELETE s
}
CALL {
  WITH a
  OPTIONAL MATCH (a)-[r:NAMES|REPORTS]->()
  DELETE r
}
RETURN a.id AS id, pairs, entities, events, toString(date(a.publishedAt)) AS day

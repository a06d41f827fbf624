// Recomputes events a changed article touched from the REPORTS that remain: counts, first/last seen,
// kind and date text, and participant and place links; events no article reports any more go.
UNWIND $ids AS id
MATCH (ev:Event {id: id})
CALL {
  WITH ev
  OPTIONAL MATCH (:Entity)-[p:PARTICIPATED_IN]->(ev)
  DELETE p
}
CALL {
  WITH ev
  OPTIONAL MATCH (ev)-[h:HELD_IN]->(:Entity)
  DELETE h
}
CALL {
  WITH ev
  MATCH (:Article)-[r:REPORTS]->(ev)
  UNWIND r.participants AS pid
  WITH ev, pid, count(*) AS n
  MATCH (p:Entity {id: pid})
  CREATE (p)-[:PARTICIPATED_IN {articleCount: n}]->(ev)
}
CALL {
  WITH ev
  MATCH (:Article)-[r:REPORTS]->(ev)
  WHERE r.place IS NOT NULL
  WITH ev, r.place AS pid, count(*) AS n
  MATCH (pl:Entity {id: pid})
  CREATE (ev)-[:HELD_IN {articleCount: n}]->(pl)
}
OPTIONAL MATCH (a:Article)-[r:REPORTS]->(ev)
WITH ev, count(r) AS reports, sum(r.mentions) AS mentions, min(r.kind) AS kind, min(r.dateText) AS dateText,
     min(a.publishedAt) AS firstSeen, max(a.publishedAt) AS lastSeen
FOREACH (_ IN CASE WHEN reports = 0 THEN [1] ELSE [] END | DETACH DELETE ev)
FOREACH (_ IN CASE WHEN reports > 0 THEN [1] ELSE [] END |
  SET ev.mentionCount = mentions, ev.kind = kind, ev.dateText = dateText, ev.firstSeen = firstSeen, ev.lastSeen = lastSeen)

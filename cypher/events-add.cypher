// Adds new articles' event reports: a REPORTS relationship per article (what it said about the event),
// counts and first/last seen, the smallest kind and date text offered, and participant and place links
// counted in articles. The writer holds the events' and entities' locks.
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MATCH (ev:Event {id: row.id})
CREATE (a)-[:REPORTS {kind: row.kind, dateText: row.dateText, participants: row.participants, place: row.place, mentions: row.mentions}]->(ev)
SET ev.name = row.name,
    ev.date = row.date,
    ev.kind = CASE WHEN ev.kind IS NULL OR row.kind < ev.kind THEN row.kind ELSE ev.kind END,
    ev.dateText = CASE WHEN ev.dateText IS NULL OR (row.dateText IS NOT NULL AND row.dateText < ev.dateText) THEN row.dateText ELSE ev.dateText END,
    ev.mentionCount = coalesce(ev.mentionCount, 0) + row.mentions,
    ev.firstSeen = CASE WHEN a.publishedAt IS NULL THEN ev.firstSeen WHEN ev.firstSeen IS NULL OR a.publishedAt < ev.firstSeen THEN a.publishedAt ELSE ev.firstSeen END,
    ev.lastSeen = CASE WHEN a.publishedAt IS NULL THEN ev.lastSeen WHEN ev.lastSeen IS NULL OR a.publishedAt > ev.lastSeen THEN a.publishedAt ELSE ev.lastSeen END
WITH ev, row
CALL {
  WITH ev, row
  UNWIND row.participants AS pid
  MATCH (p:Entity {id: pid})
  MERGE (p)-[r:PARTICIPATED_IN]->(ev)
  ON CREATE SET r.articleCount = 0
  SET r.articleCount = r.articleCount + 1
}
CALL {
  WITH ev, row
  MATCH (pl:Entity {id: row.place})
  MERGE (ev)-[h:HELD_IN]->(pl)
  ON CREATE SET h.articleCount = 0
  SET h.articleCount = h.articleCount + 1
}

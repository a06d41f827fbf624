// After curation-move-mentions moved some of $from's mentions in $articles to $to (a split, or the
// undo of a merge or split), an article's report of an event (REPORTS) naming $from as a participant
// or the place names $to instead when the sentences mentioning the event name $from only by moved
// mentions. Returns the events whose reports changed, to recount (events-recount.cypher).
MATCH (f:Entity {id: $from})
MATCH (t:Entity {id: $to})
UNWIND $articles AS aid
MATCH (a:Article {id: aid})-[r:REPORTS]->(ev:Event)
WHERE f.id IN r.participants OR r.place = f.id
WITH f, t, a, r, ev,
     COUNT { MATCH (a)-[:HAS_SENTENCE]->(s:Sentence)-[:MENTIONS]->(ev) MATCH (s)-[:MENTIONS]->(f) } AS inFrom,
     COUNT { MATCH (a)-[:HAS_SENTENCE]->(s:Sentence)-[:MENTIONS]->(ev) MATCH (s)-[:MENTIONS]->(t) } AS inTo
WHERE inTo > 0 AND inFrom = 0
WITH f, t, r, ev, [x IN r.participants | CASE WHEN x = f.id THEN t.id ELSE x END] AS named
SET r.participants = [i IN range(0, size(named) - 1) WHERE NOT named[i] IN named[0..i] | named[i]],
    r.place = CASE WHEN r.place = f.id THEN t.id ELSE r.place END
RETURN collect(DISTINCT ev.id) AS events

// After curation-move-mentions moved some of $from's mentions in $articles to $to (a split, or the
// undo of a merge or split), the typed relation statements those mentions are the evidence of follow
// them: a STATES_RELATION naming $from (as its source, or as targetId) whose stated span names $from
// only by moved mentions (when the span names it not at all: whose sentences do) now names $to, with
// its relation id rewritten. Returns the relations to re-sum (relations-sum.cypher) before and after,
// as {type, sourceId, targetId}. Sentence ids are `<articleId>#s<index>`.
MATCH (f:Entity {id: $from})
MATCH (t:Entity {id: $to})
UNWIND $articles AS aid
MATCH (a:Article {id: aid})-[r:STATES_RELATION]->(src:Entity)
WHERE src = f OR r.targetId = f.id
WITH f, t, a, r, src, [i IN r.sentences | a.id + '#s' + toString(toInteger(i))] AS sids
WITH f, t, a, r, src,
     COUNT { MATCH (s:Sentence)-[m:MENTIONS]->(f) WHERE s.id IN sids AND m.start >= r.start AND m.end <= r.end } AS spanFrom,
     COUNT { MATCH (s:Sentence)-[m:MENTIONS]->(t) WHERE s.id IN sids AND m.start >= r.start AND m.end <= r.end } AS spanTo,
     COUNT { MATCH (s:Sentence)-[:MENTIONS]->(f) WHERE s.id IN sids } AS inFrom,
     COUNT { MATCH (s:Sentence)-[:MENTIONS]->(t) WHERE s.id IN sids } AS inTo
WHERE CASE WHEN spanTo > 0 OR spanFrom > 0 THEN spanFrom = 0 ELSE inTo > 0 AND inFrom = 0 END
WITH f, t, a, r, src,
     {type: r.type, sourceId: src.id, targetId: r.targetId} AS before,
     CASE WHEN src = f THEN t.id ELSE src.id END AS sourceId,
     CASE WHEN r.targetId = f.id THEN t.id ELSE r.targetId END AS targetId
WITH f, t, a, r, src, before, {type: r.type, sourceId: sourceId, targetId: targetId} AS after,
     toLower(r.type) + ':' + sourceId + '|' + targetId + '|' + coalesce(r.date, '-') AS relationId
FOREACH (_ IN CASE WHEN src = f THEN [1] ELSE [] END |
  CREATE (a)-[n:STATES_RELATION]->(t)
  SET n = properties(r), n.targetId = after.targetId, n.relationId = relationId
  DELETE r)
FOREACH (_ IN CASE WHEN src <> f THEN [1] ELSE [] END |
  SET r.targetId = after.targetId, r.relationId = relationId)
RETURN collect(before) + collect(after) AS relations

// After curation-move-mentions moved some of $from's mentions in $articles to $to (a split, or the
// undo of a merge or split), the role statements those mentions are the evidence of follow them: a
// STATES_ROLE naming $from (as the person, or as orgId) whose stated span names $from only by moved
// mentions (when the span names it not at all: whose sentences do) now names $to, with its role id
// rewritten. Returns the roles to re-sum (roles-sum.cypher) before and after, as
// {personId, orgId, normalizedTitle}. Sentence ids are `<articleId>#s<index>`.
MATCH (f:Entity {id: $from})
MATCH (t:Entity {id: $to})
UNWIND $articles AS aid
MATCH (a:Article {id: aid})-[r:STATES_ROLE]->(p:Person)
WHERE p = f OR r.orgId = f.id
WITH f, t, a, r, p, [i IN r.sentences | a.id + '#s' + toString(toInteger(i))] AS sids
WITH f, t, a, r, p,
     COUNT { MATCH (s:Sentence)-[m:MENTIONS]->(f) WHERE s.id IN sids AND m.start >= r.start AND m.end <= r.end } AS spanFrom,
     COUNT { MATCH (s:Sentence)-[m:MENTIONS]->(t) WHERE s.id IN sids AND m.start >= r.start AND m.end <= r.end } AS spanTo,
     COUNT { MATCH (s:Sentence)-[:MENTIONS]->(f) WHERE s.id IN sids } AS inFrom,
     COUNT { MATCH (s:Sentence)-[:MENTIONS]->(t) WHERE s.id IN sids } AS inTo
WHERE CASE WHEN spanTo > 0 OR spanFrom > 0 THEN spanFrom = 0 ELSE inTo > 0 AND inFrom = 0 END
WITH f, t, a, r, p,
     {personId: p.id, orgId: r.orgId, normalizedTitle: r.normalizedTitle} AS before,
     {personId: CASE WHEN p = f THEN t.id ELSE p.id END, orgId: CASE WHEN r.orgId = f.id THEN t.id ELSE r.orgId END,
      normalizedTitle: r.normalizedTitle} AS after
FOREACH (_ IN CASE WHEN p = f THEN [1] ELSE [] END |
  CREATE (a)-[n:STATES_ROLE]->(t)
  SET n = properties(r), n.roleId = 'holds_role:' + t.id + '|' + r.normalizedTitle + '|' + coalesce(r.orgId, '-')
  DELETE r)
FOREACH (_ IN CASE WHEN p <> f THEN [1] ELSE [] END |
  SET r.orgId = t.id, r.roleId = 'holds_role:' + p.id + '|' + r.normalizedTitle + '|' + t.id)
RETURN collect(before) + collect(after) AS roles

// Totals that two ingests of the same sources must agree on (used to check that a run interrupted
// by a Neo4j outage and resumed ends where a clean run does).
RETURN COUNT { (:Article) } AS articles, COUNT { (:Sentence) } AS sentences, COUNT { (:Entity) } AS entities,
  COUNT { ()-[:MENTIONS]->() } AS mentions,
  COLLECT { MATCH (e:Entity) RETURN sum(e.mentionCount) }[0] AS mentionCount,
  COLLECT { MATCH ()-[c:CO_MENTIONED]->() RETURN sum(c.weight) }[0] AS coMentionWeight

// One NAMES relationship per article and entity it mentions: how often, the aliases and English
// name this article offered, and the article's co-mentions whose lesser id is this entity (targets
// and weights, as the extraction found them). Entity counts, first/last seen, aliases and the
// co-mention aggregate are recomputed from these.
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MATCH (e:Entity {id: row.entityId})
CREATE (a)-[:NAMES {mentions: row.mentions, aliases: row.aliases, nameEn: row.nameEn,
                    coMentionTargets: row.coMentionTargets, coMentionWeights: row.coMentionWeights,
                    confidence: row.confidence}]->(e)

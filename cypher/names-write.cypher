// One NAMES relationship per article and entity it mentions: how often, and the aliases and English
// name this article offered. Entity counts, first/last seen and aliases are recomputed from these.
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MATCH (e:Entity {id: row.entityId})
CREATE (a)-[:NAMES {mentions: row.mentions, aliases: row.aliases, nameEn: row.nameEn}]->(e)

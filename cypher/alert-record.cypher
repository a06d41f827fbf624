// Records one Alert per new connection of a watched entity (alert-new-pairs.cypher found them), in the
// writer's transaction: the two entities and their names, the relation, the article, the first
// sentence naming both, and when. MERGE on the key: a second write of the pair changes nothing.
UNWIND $rows AS row
MATCH (x:Entity {id: row.x})
MATCH (y:Entity {id: row.y})
MATCH (a:Article {id: row.articleId})
MERGE (al:Alert {key: 'co_mentioned:' + row.x + '|' + row.y})
ON CREATE SET al.id = row.id, al.entities = [row.x, row.y], al.names = [x.name, y.name], al.watch = row.watch,
              al.relation = 'CO_MENTIONED', al.articleId = a.id, al.title = a.title, al.url = a.url,
              al.sentence = row.sentence, al.at = datetime($now), al.delivered = false, al.attempts = 0
RETURN al.id AS id

// Creates the entities an article mentions (label from its type) and takes their write locks before
// the article's sentences are written, so concurrent writers serialize on shared entities and every
// recount below sees the other writer's committed sentences.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.mentionCount = 0
SET e.lockedBy = $articleId
FOREACH (_ IN CASE WHEN row.type = 'Person' THEN [1] ELSE [] END | SET e:Person)
FOREACH (_ IN CASE WHEN row.type = 'Organization' THEN [1] ELSE [] END | SET e:Organization)
FOREACH (_ IN CASE WHEN row.type = 'Place' THEN [1] ELSE [] END | SET e:Place)
WITH e, row
SET e.type = row.type,
    e.nameEn = coalesce(e.nameEn, row.nameEn),
    e.aliases = reduce(acc = coalesce(e.aliases, []), x IN row.aliases | CASE WHEN x IN acc OR x = e.name THEN acc ELSE acc + x END)
SET e.aliasText = reduce(s = '', x IN e.aliases | s + ' ' + x)
REMOVE e.lockedBy

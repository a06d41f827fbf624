// Creates the entities a batch mentions (label from their type), takes their write locks in id
// order before any sentence is written (concurrent writers serialize on shared entities, so every
// count below sees the other writer's committed work), and merges names: aliases are the sorted
// union, the English name the smallest offered, the name the one the id was made from.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.mentionCount = 0
SET e.writeLock = true
FOREACH (_ IN CASE WHEN row.type = 'Person' THEN [1] ELSE [] END | SET e:Person)
FOREACH (_ IN CASE WHEN row.type = 'Organization' THEN [1] ELSE [] END | SET e:Organization)
FOREACH (_ IN CASE WHEN row.type = 'Place' THEN [1] ELSE [] END | SET e:Place)
WITH e, row
CALL {
  WITH e, row
  UNWIND coalesce(e.aliases, []) + row.aliases AS alias
  WITH DISTINCT alias
  ORDER BY alias
  RETURN collect(alias) AS aliases
}
SET e.type = row.type,
    e.name = CASE WHEN row.id = toLower(row.type) + ':' + row.name THEN row.name ELSE e.name END,
    e.nameEn = CASE WHEN e.nameEn IS NULL OR (row.nameEn IS NOT NULL AND row.nameEn < e.nameEn) THEN row.nameEn ELSE e.nameEn END
SET e.aliases = [x IN aliases WHERE x <> e.name]
SET e.aliasText = reduce(s = '', x IN e.aliases | s + ' ' + x)
REMOVE e.writeLock

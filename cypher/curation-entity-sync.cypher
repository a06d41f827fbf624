// Sets what curation keeps on each entity it names (ingest/curation/operations.ts computes the rows
// from the plan): the pin resolution honours, the curated name and type with former names, the
// aliases split off, hidden; `name`/`type` restore what an undo gives back, `dropAliases` and
// `dropMergedIds` forget what an undone rename or merge added. curation-entities-apply runs after.
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e.curated = CASE WHEN row.curated THEN true ELSE null END,
    e.curatedName = row.curatedName,
    e.curatedAliases = CASE WHEN size(row.curatedAliases) = 0 THEN null ELSE row.curatedAliases END,
    e.curatedType = row.curatedType,
    e.curationBlocked = CASE WHEN size(row.curationBlocked) = 0 THEN null ELSE row.curationBlocked END,
    e.hidden = CASE WHEN row.hidden THEN true ELSE null END,
    e.name = coalesce(row.curatedName, row.name, e.name),
    e.type = coalesce(row.curatedType, row.type, e.type),
    e.aliases = [x IN coalesce(e.aliases, []) WHERE NOT x IN row.dropAliases],
    e.mergedIds = [x IN coalesce(e.mergedIds, []) WHERE NOT x IN row.dropMergedIds]

// After a write re-derived entities from their articles (entities-lock-upsert, entities-recount),
// the analyst's curation wins (ingest/curation): the curated name, its former names kept as aliases,
// the split-off aliases left out, the curated type and its label. The callers pass the entities
// curation names (and those an undo just released).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WITH e, coalesce(e.curatedName, e.name) AS name, coalesce(e.curatedType, e.type) AS type
WITH e, name, type,
     [x IN coalesce(e.aliases, []) + coalesce(e.curatedAliases, []) + [e.name] WHERE x <> name AND NOT x IN coalesce(e.curationBlocked, [])] AS offered
CALL {
  WITH offered
  UNWIND offered AS alias
  WITH DISTINCT alias
  ORDER BY alias
  RETURN collect(alias) AS aliases
}
// An entity already as curation says (the common case on every later write) is left unwritten.
WITH e, name, type, aliases
WHERE e.name <> name OR e.type <> type OR coalesce(e.aliases, []) <> aliases
   OR [l IN labels(e) WHERE l IN ['Person', 'Organization', 'Place']] <> [type]
SET e.name = name, e.type = type, e.aliases = aliases, e.aliasText = reduce(s = '', x IN aliases | s + ' ' + x)
FOREACH (_ IN CASE WHEN type = 'Person' THEN [] ELSE [1] END | REMOVE e:Person)
FOREACH (_ IN CASE WHEN type = 'Organization' THEN [] ELSE [1] END | REMOVE e:Organization)
FOREACH (_ IN CASE WHEN type = 'Place' THEN [] ELSE [1] END | REMOVE e:Place)
FOREACH (_ IN CASE WHEN type = 'Person' THEN [1] ELSE [] END | SET e:Person)
FOREACH (_ IN CASE WHEN type = 'Organization' THEN [1] ELSE [] END | SET e:Organization)
FOREACH (_ IN CASE WHEN type = 'Place' THEN [1] ELSE [] END | SET e:Place)

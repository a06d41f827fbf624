// The stored entities a batch about to be written may be: those whose name is one of $forms (the
// entity_name index), whose aliases hold one (the entity_names full-text index finds candidates by
// the phrase, $phrases built and escaped by ingest/store/known-entities.ts, and the exact alias is
// checked here), whose id is one of $ids, or that absorbed one of $ids before (entity_merged_ids).
// `pinned` and `blocked`: the analyst curated it (ingest/curation), and the aliases split off it.
CALL {
  UNWIND $forms AS form
  MATCH (e:Entity {name: form})
  RETURN e
  UNION
  UNWIND $phrases AS p
  CALL db.index.fulltext.queryNodes('entity_names', p.query) YIELD node
  WITH node AS e, p
  WHERE e:Entity AND p.form IN coalesce(e.aliases, [])
  RETURN e
  UNION
  UNWIND $ids AS id
  MATCH (e:Entity {id: id})
  RETURN e
  UNION
  MATCH (e:Entity)
  WHERE e.mergedIds IS NOT NULL AND any(id IN e.mergedIds WHERE id IN $ids)
  RETURN e
}
RETURN e.id AS id, e.name AS name, e.type AS type, coalesce(e.aliases, []) AS aliases, coalesce(e.mergedIds, []) AS mergedIds,
       coalesce(e.curated, false) AS pinned, coalesce(e.curationBlocked, []) AS blocked
ORDER BY id

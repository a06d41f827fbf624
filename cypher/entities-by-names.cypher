// The stored entities a batch about to be written may be: those whose name is one of $forms (the
// entity_name index), whose aliases hold one (the entity_names full-text index finds candidates by
// the phrases, $phrases built and escaped by ingest/store/known-entities.ts, and the exact alias is
// checked here), whose id is one of $ids, or that absorbed one of $ids before (entity_merged_ids).
// The phrases go to Lucene 256 at a time as one disjunction each (well under its 1,024-clause cap):
// one full-text query per form made this lookup the costliest read of an ingest batch.
// `pinned` and `blocked`: the analyst curated it (ingest/curation), and the aliases split off it;
// `articles`: how many articles name it (a degree count, no scan), for resolution's merge guard.
CALL {
  UNWIND $forms AS form
  MATCH (e:Entity {name: form})
  RETURN e
  UNION
  UNWIND range(0, size($phrases) - 1, 256) AS from
  WITH reduce(q = '', p IN $phrases[from..from + 256] | q + CASE WHEN q = '' THEN '' ELSE ' OR ' END + p.query) AS query
  CALL db.index.fulltext.queryNodes('entity_names', query) YIELD node
  WITH node AS e
  WHERE e:Entity AND any(alias IN coalesce(e.aliases, []) WHERE alias IN [p IN $phrases | p.form])
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
       coalesce(e.curated, false) AS pinned, coalesce(e.curationBlocked, []) AS blocked,
       COUNT { (e)<-[:NAMES]-() } AS articles
ORDER BY id

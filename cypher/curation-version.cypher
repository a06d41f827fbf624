// The number of the latest curation (curation-record.cypher counts them): the writer keeps the plan
// it built until this changes, so a large curation log is read once, not per batch.
OPTIONAL MATCH (q:CurationCounter {id: 'curation'})
RETURN coalesce(q.seq, 0) AS seq

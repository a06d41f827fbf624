// The curation records in force (not undone), oldest first: the plan every write obeys
// (ingest/curation/plan.ts). An undo record is in force; it undoes the record it names.
MATCH (c:Curation)
WHERE c.undone = false
RETURN c.id AS id, c.seq AS seq, c.operation AS operation, c.arguments AS arguments, c.who AS who,
       toString(c.when) AS when, c.why AS why, c.undone AS undone
ORDER BY seq

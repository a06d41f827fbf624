// Takes the curation counter's lock before a curation reads anything (curation-record.cypher then
// numbers it), and returns the record `$undo` names, if any, as it stands under that lock.
MERGE (q:CurationCounter {id: 'curation'})
ON CREATE SET q.seq = 0
SET q.seq = q.seq
WITH q
OPTIONAL MATCH (c:Curation {id: $undo})
RETURN c.id AS id, c.seq AS seq, c.operation AS operation, c.arguments AS arguments, c.who AS who,
       toString(c.when) AS when, c.why AS why, c.undone AS undone

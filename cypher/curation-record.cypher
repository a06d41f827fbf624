// Records one curation: the counter node serializes every curation (each takes it first, so no two
// curate at once and each checks what the one before committed) and numbers them in order.
MERGE (q:CurationCounter {id: 'curation'})
ON CREATE SET q.seq = 0
SET q.seq = q.seq + 1
CREATE (c:Curation {id: $id, seq: q.seq, operation: $operation, arguments: $arguments, who: $who,
                    when: datetime($when), why: $why, undone: false})
RETURN c.id AS id, c.seq AS seq

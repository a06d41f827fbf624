// Marks a curation undone (its undo is recorded beside it by curation-record.cypher).
MATCH (c:Curation {id: $id})
SET c.undone = true, c.undoneBy = $by

// Marks every co-mention of the database as keyed (comentions-keys.cypher): from now on the writer
// keys each one it creates.
MATCH (v:SchemaVersion {id: 'schema'})
SET v.coMentionKeys = true

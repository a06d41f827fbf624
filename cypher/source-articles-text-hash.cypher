// Marks a batch of articles with the hash of their normalized title and text, for duplicate
// detection by content across URLs (the store's own contentHash covers extraction results).
UNWIND $rows AS row
MATCH (a:Article {id: row.id})
SET a.textHash = row.hash

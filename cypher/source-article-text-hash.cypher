// Marks an article with the hash of its normalized title and text, for duplicate detection by
// content across URLs (the store's own contentHash covers extraction results, not just the text).
MATCH (a:Article {id: $id})
SET a.textHash = $hash

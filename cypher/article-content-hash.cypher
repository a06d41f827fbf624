// The stored content hash of an article, to skip re-ingesting unchanged text.
MATCH (a:Article {id: $id})
RETURN a.contentHash AS contentHash

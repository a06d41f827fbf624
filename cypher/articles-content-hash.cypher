// The stored content hashes of a batch of articles, to skip unchanged ones before taking any lock.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.contentHash AS contentHash

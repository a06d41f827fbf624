// Releases the write-lock marker of articles that turned out unchanged once locked.
UNWIND $ids AS id
MATCH (a:Article {id: id})
REMOVE a.writeLock

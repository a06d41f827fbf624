// First statement of every write batch: creates or write-locks each article (ids sorted, so writers
// queue instead of deadlocking) and reads its content hash after the lock is held, so two writers of
// one article never both count it as new.
UNWIND $ids AS id
MERGE (a:Article {id: id})
SET a.writeLock = true
RETURN a.id AS id, a.contentHash AS contentHash

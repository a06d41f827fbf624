// Waits (up to $seconds) until every index is online, so the first search after start-up works.
CALL db.awaitIndexes($seconds)

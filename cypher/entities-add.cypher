// Adds new articles' mentions to entity counts (rows aggregated per entity by the writer, which holds
// the entities' locks): exact, since each new article is counted once under its own lock. The
// entity's confidence is the best of its articles' (NAMES.confidence), null while none has one.
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
WITH e, row, CASE WHEN row.first IS NULL THEN null ELSE datetime(row.first) END AS first,
     CASE WHEN row.last IS NULL THEN null ELSE datetime(row.last) END AS last
SET e.mentionCount = coalesce(e.mentionCount, 0) + row.mentions,
    e.confidence = CASE WHEN row.confidence IS NULL OR e.confidence >= row.confidence THEN e.confidence ELSE row.confidence END,
    e.firstSeen = CASE WHEN first IS NULL THEN e.firstSeen WHEN e.firstSeen IS NULL OR first < e.firstSeen THEN first ELSE e.firstSeen END,
    e.lastSeen = CASE WHEN last IS NULL THEN e.lastSeen WHEN e.lastSeen IS NULL OR last > e.lastSeen THEN last ELSE e.lastSeen END

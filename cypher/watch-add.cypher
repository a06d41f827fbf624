// Watches an entity, or a pair ($with not null; ids sorted by the caller): alerts follow (alert-*.cypher).
// Idempotent: watching again keeps the first watch.
MERGE (w:Watch {key: $key})
ON CREATE SET w.entity = $entity, w.with = $with, w.who = $who, w.since = datetime($when)
RETURN w.key AS key, w.entity AS entity, w.with AS with, w.who AS who, toString(w.since) AS since

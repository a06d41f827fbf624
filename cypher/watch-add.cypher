// Watches an entity, or a pair ($other not null; ids sorted by the caller): alerts follow (alert-*.cypher).
// Idempotent: watching again keeps the first watch.
MERGE (w:Watch {key: $key})
ON CREATE SET w.entity = $entity, w.other = $other, w.who = $who, w.since = datetime($when)
RETURN w.key AS key, w.entity AS entity, w.other AS `with`, w.who AS who, toString(w.since) AS since

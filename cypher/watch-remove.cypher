// Removes every watch of an entity: on it alone and on each pair it is in.
MATCH (w:Watch)
WHERE w.entity = $entity OR w.other = $entity
DELETE w
RETURN count(*) AS removed

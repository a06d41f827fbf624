// Of the batch's co-mention pairs that involve a watched entity or are a watched pair ($pairs, x < y,
// before the batch adds its weights): those with no co-mention yet and no alert recorded before, so
// re-ingesting an article, or a pair that lost its edge and got it back, raises no second alert.
UNWIND $pairs AS p
MATCH (x:Entity {id: p.x})
MATCH (y:Entity {id: p.y})
WHERE NOT (x)-[:CO_MENTIONED]-(y)
  AND NOT EXISTS { MATCH (:Alert {key: 'co_mentioned:' + p.x + '|' + p.y}) }
RETURN p.x AS x, p.y AS y

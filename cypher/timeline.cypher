// Events in a time window, in date order, with their participants and place. Event dates may be a
// day, a month or a year; an event counts when its date overlaps the window at its own precision.
MATCH (ev:Event)
WHERE ev.date IS NOT NULL
  AND ($from IS NULL OR ev.date >= substring($from, 0, size(ev.date)))
  AND ($to IS NULL OR ev.date <= substring($to, 0, size(ev.date)))
WITH ev ORDER BY ev.date, ev.id
LIMIT $limit
CALL {
  WITH ev
  OPTIONAL MATCH (p:Entity)-[:PARTICIPATED_IN]->(ev)
  WITH p ORDER BY p.id
  RETURN collect({id: p.id, name: p.name, type: p.type}) AS participants
}
OPTIONAL MATCH (ev)-[:HELD_IN]->(pl:Entity)
RETURN ev.id AS id, ev.name AS name, ev.date AS date, ev.dateText AS dateText, ev.kind AS kind, participants,
       CASE WHEN pl IS NULL THEN null ELSE {id: pl.id, name: pl.name, type: pl.type} END AS place
ORDER BY date, id

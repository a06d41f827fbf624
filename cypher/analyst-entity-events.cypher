// Analyst example: 某人参与的事件 The events an entity took part in — e.g. $name = '布林肯' (name or
// alias) — in date order, with their kind and the other participants.
// Parameters: {"name": "布林肯"}
MATCH (x:Entity)
WHERE x.name = $name OR $name IN coalesce(x.aliases, [])
MATCH (x)-[:PARTICIPATED_IN]->(ev:Event)
OPTIONAL MATCH (other:Entity)-[:PARTICIPATED_IN]->(ev)
WHERE other <> x
RETURN ev.name AS event, ev.date AS date, ev.kind AS kind, collect(DISTINCT other.name) AS with
ORDER BY date, event
LIMIT 100

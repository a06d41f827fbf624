// Analyst example: 本周新出现的实体 New entities this week — every entity first seen between $from and
// $to (local days, e.g. the week 2024-05-01 to 2024-05-07), most mentioned first.
// Parameters: {"from": "2024-05-01", "to": "2024-05-07"}
MATCH (e:Entity)
WHERE e.firstSeen IS NOT NULL AND date(e.firstSeen) >= date($from) AND date(e.firstSeen) <= date($to)
RETURN e AS entity, e.type AS type, e.mentionCount AS mentions, date(e.firstSeen) AS firstSeen
ORDER BY mentions DESC, entity.name
LIMIT 50

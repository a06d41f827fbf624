// Analyst example: 提及最多的人物（或机构、地点）The most-mentioned people — $type = 'Person',
// 'Organization' or 'Place' — with their aliases and when they were first and last seen.
// Parameters: {"type": "Person"}
MATCH (e:Entity)
WHERE e.type = $type
RETURN e AS entity, e.mentionCount AS mentions, coalesce(e.aliases, []) AS aliases, date(e.firstSeen) AS firstSeen, date(e.lastSeen) AS lastSeen
ORDER BY mentions DESC, entity.name
LIMIT 25

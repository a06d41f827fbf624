// Analyst example: 谁会见了谁 Who met whom — every stated meeting (MEETS) with the first and last date
// the articles give and how many articles state it, latest first, as a graph for the canvas.
MATCH (a:Entity)-[r:MEETS]->(b:Entity)
RETURN a, r, b, r.firstDate AS firstDate, r.lastDate AS lastDate, r.articleCount AS articles
ORDER BY lastDate DESC, articles DESC, a.name, b.name
LIMIT 50

// Analyst example: 人物与机构最强的共现 The people and organizations mentioned together most — the 25
// strongest co-mentions between a person and an organization, as a graph for the canvas.
MATCH (p:Person)-[r:CO_MENTIONED]-(o:Organization)
RETURN p, r, o, r.weight AS sentences, r.articleCount AS articles
ORDER BY sentences DESC, articles DESC, p.name, o.name
LIMIT 25

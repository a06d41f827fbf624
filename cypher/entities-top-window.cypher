// The home view's entities inside a time window: ranked by how often articles published in the
// window mention them (exact), in a stable order (mentions then id). Their co-mentions come from
// comentions-among.cypher; without a window the home view reads entities-top.cypher instead.
// The window is whole days (the dates of $from and $to, in their own offsets) and an article is in
// it by its own local day: publishedAt keeps the article's offset, so date() is the day the article
// states (01:06 +08:00 on the 5th is the 5th, though it is the 4th in UTC); an article dated only to
// a month is in it when that month overlaps the window. The instant range first (the index on
// publishedAt) is a day wider than any offset, and starts at the 1st of $from's month for
// month-only dates (kept as the 1st of their month; a margin of 32 days read twice the articles of
// a one-month window); the local days then decide.
// Hidden entities (ingest/curation) are left out, once per entity after the sum rather than once per
// article naming it; NAMES ends at entities only, so no label is checked.
MATCH (a:Article)
WHERE a.publishedAt >= datetime({date: date.truncate('month', date(datetime($from)))}) - duration('P1D')
  AND a.publishedAt <= datetime($to) + duration('P1D')
WITH a, left(toString(date(a.publishedAt)), CASE a.datePrecision WHEN 'month' THEN 7 ELSE 10 END) AS local
WHERE local >= left(toString(date(datetime($from))), size(local)) AND local <= left(toString(date(datetime($to))), size(local))
MATCH (a)-[n:NAMES]->(e)
WITH e, sum(n.mentions) AS mentions
WHERE e.hidden IS NULL
ORDER BY mentions DESC, e.id
LIMIT $limit
RETURN e.id AS id, e.name AS name, e.type AS type, mentions AS mentionCount, coalesce(e.aliases, []) AS aliases,
       e.confidence AS confidence

// The first and last local day of the articles and of the events dated to a day, from which the
// explorer's histogram picks its bucket (day, week, month or year). An article dated to a month
// spans that month; an event dated only to a month or a year does not widen the span (a "2024"
// in one article would turn six weeks of news into weekly bars).
// Read from the per-day tallies the writer keeps (date-tally.cypher), not from every article; an
// article dated to a month is kept on the 1st, so its month ends a month later less a day.
MATCH (t:DateTally)
WHERE size(t.date) = 10 AND (t.articles > 0 OR t.monthArticles > 0 OR t.events > 0)
WITH date(t.date) AS day, t.monthArticles > 0 AS monthly
RETURN toString(min(day)) AS first,
       toString(max(CASE WHEN monthly THEN date.truncate('month', day) + duration('P1M') - duration('P1D') ELSE day END)) AS last

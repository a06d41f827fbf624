// The first and last local day of the articles and of the events dated to a day, from which the
// explorer's histogram picks its bucket (day, week, month or year). An article dated to a month
// spans that month; an event dated only to a month or a year does not widen the span (a "2024"
// in one article would turn six weeks of news into weekly bars).
CALL {
  MATCH (a:Article)
  WHERE a.publishedAt IS NOT NULL
  WITH date(a.publishedAt) AS day, coalesce(a.datePrecision, 'day') = 'month' AS monthly
  RETURN CASE WHEN monthly THEN date.truncate('month', day) ELSE day END AS first,
         CASE WHEN monthly THEN date.truncate('month', day) + duration('P1M') - duration('P1D') ELSE day END AS last
  UNION ALL
  MATCH (ev:Event)
  WHERE size(ev.date) = 10
  RETURN date(ev.date) AS first, date(ev.date) AS last
}
RETURN toString(min(first)) AS first, toString(max(last)) AS last

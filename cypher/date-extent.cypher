// The first and last local day of the articles and dated events, from which the explorer's
// histogram picks its bucket (day, week, month or year). An event or article dated to a month or
// a year spans from its first day to its last.
CALL {
  MATCH (a:Article)
  WHERE a.publishedAt IS NOT NULL
  WITH date(a.publishedAt) AS day, coalesce(a.datePrecision, 'day') = 'month' AS monthly
  RETURN CASE WHEN monthly THEN date.truncate('month', day) ELSE day END AS first,
         CASE WHEN monthly THEN date.truncate('month', day) + duration('P1M') - duration('P1D') ELSE day END AS last
  UNION ALL
  MATCH (ev:Event)
  WHERE size(ev.date) IN [4, 7, 10]
  WITH ev.date AS d
  WITH CASE size(d) WHEN 4 THEN date(d + '-01-01') WHEN 7 THEN date(d + '-01') ELSE date(d) END AS first, size(d) AS width
  RETURN first,
         CASE width WHEN 4 THEN first + duration('P1Y') - duration('P1D') WHEN 7 THEN first + duration('P1M') - duration('P1D') ELSE first END AS last
}
RETURN toString(min(first)) AS first, toString(max(last)) AS last

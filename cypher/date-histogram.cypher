// Articles and events per day or month ($bucket), for the explorer's time slider. Article dates are
// taken in their own UTC offset (the article's local day, never the UTC one); an article dated only to a
// month counts in month buckets, and events, alike, only when dated at least as precisely as the bucket.
WITH CASE $bucket WHEN 'month' THEN 7 ELSE 10 END AS width
CALL {
  WITH width
  MATCH (a:Article)
  WHERE a.publishedAt IS NOT NULL AND (width = 7 OR coalesce(a.datePrecision, 'day') <> 'month')
  RETURN left(toString(date(a.publishedAt)), width) AS date, count(*) AS articles, 0 AS events
  UNION ALL
  WITH width
  MATCH (ev:Event)
  WHERE size(ev.date) >= width
  RETURN left(ev.date, width) AS date, 0 AS articles, count(*) AS events
}
RETURN date, sum(articles) AS articles, sum(events) AS events
ORDER BY date

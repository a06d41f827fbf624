// Articles and events per day, week (keyed by its Monday), month or year ($bucket), for the
// explorer's time slider. Article dates are taken in their own UTC offset (the article's local day,
// never the UTC one); an article dated only to a month counts in month and year buckets, and events,
// alike, only when dated at least as precisely as the bucket.
WITH $bucket AS bucket, CASE $bucket WHEN 'year' THEN 4 WHEN 'month' THEN 7 ELSE 10 END AS width
CALL {
  WITH bucket, width
  MATCH (a:Article)
  WHERE a.publishedAt IS NOT NULL AND (width < 10 OR coalesce(a.datePrecision, 'day') <> 'month')
  WITH bucket, width, date(a.publishedAt) AS day
  RETURN CASE bucket WHEN 'week' THEN toString(date.truncate('week', day)) ELSE left(toString(day), width) END AS date,
         count(*) AS articles, 0 AS events
  UNION ALL
  WITH bucket, width
  MATCH (ev:Event)
  WHERE size(ev.date) >= width
  RETURN CASE bucket WHEN 'week' THEN toString(date.truncate('week', date(ev.date))) ELSE left(ev.date, width) END AS date,
         0 AS articles, count(*) AS events
}
RETURN date, sum(articles) AS articles, sum(events) AS events
ORDER BY date

// Articles and events per day, week (keyed by its Monday), month or year ($bucket), for the
// explorer's time slider. Article dates are taken in their own UTC offset (the article's local day,
// never the UTC one); an article dated only to a month counts in month and year buckets, and events,
// alike, only when dated at least as precisely as the bucket.
// Read from the per-date tallies the writer keeps (date-tally.cypher): one node per day, month or
// year with something on it, whatever the number of articles.
WITH $bucket AS bucket, CASE $bucket WHEN 'year' THEN 4 WHEN 'month' THEN 7 ELSE 10 END AS width
MATCH (t:DateTally)
WHERE size(t.date) >= width
WITH bucket, t,
     CASE bucket WHEN 'week' THEN toString(date.truncate('week', date(t.date))) ELSE left(t.date, width) END AS date,
     CASE WHEN size(t.date) = 10 THEN t.articles + CASE WHEN width < 10 THEN t.monthArticles ELSE 0 END ELSE 0 END AS articles
WHERE articles > 0 OR t.events > 0
RETURN date, sum(articles) AS articles, sum(t.events) AS events
ORDER BY date

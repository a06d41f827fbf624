// Maintained per-date counts behind the histogram and the date extent (date-histogram.cypher,
// date-extent.cypher), so neither reads every article and event: one (:DateTally {date}) per local
// day with articles or events, and per month or year with events dated only that finely. `articles`
// counts the articles of that local day dated to the day, `monthArticles` those dated only to the
// month (kept as the 1st), `events` the events whose date is exactly `date`. The writer recounts the
// dates a transaction touched (old and new days of changed articles, the dates of the events it
// touched) from what is stored, under the tally's write lock taken first: exact in any order, and
// writing an article again changes nothing. A date left with nothing loses its tally.
// A local day is found through the publishedAt index: its instants lie between its start at +14:00
// and its end at -12:00; date() of the stored time (kept in the article's own offset) then decides.
UNWIND $dates AS d
MERGE (t:DateTally {date: d})
SET t.writeLock = true
WITH t, d
CALL {
  WITH d
  WITH d WHERE size(d) = 10
  WITH date(d) AS local
  MATCH (a:Article)
  WHERE a.publishedAt >= datetime({date: local, timezone: '+14:00'})
    AND a.publishedAt < datetime({date: local + duration('P1D'), timezone: '-12:00'})
    AND date(a.publishedAt) = local
  RETURN count(CASE WHEN coalesce(a.datePrecision, 'day') <> 'month' THEN 1 END) AS articles,
         count(CASE WHEN a.datePrecision = 'month' THEN 1 END) AS monthArticles
}
WITH t, articles, monthArticles, COUNT { (ev:Event) WHERE ev.date = d } AS events
FOREACH (_ IN CASE WHEN articles + monthArticles + events = 0 THEN [1] ELSE [] END | DELETE t)
FOREACH (_ IN CASE WHEN articles + monthArticles + events > 0 THEN [1] ELSE [] END |
  SET t.articles = articles, t.monthArticles = monthArticles, t.events = events
  REMOVE t.writeLock)

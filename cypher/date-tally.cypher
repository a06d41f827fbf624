// Maintained per-date counts behind the histogram and the date extent (date-histogram.cypher,
// date-extent.cypher), so neither reads every article and event: one (:DateTally {date}) per local
// day with articles or events, and per month or year with events dated only that finely. `articles`
// counts the articles of that local day dated to the day, `monthArticles` those dated only to the
// month (kept as the 1st), `events` the events whose date is exactly `date`. Each row is a date the
// transaction touched, under the tally's write lock taken first. A row with `recount` (the old and
// new days of changed articles, a database tallied the first time) counts its articles again from
// what is stored; any other row adds `articles`/`monthArticles` (articles written for the first
// time, 0 for a date only events touched), so a day's tally costs the same at any corpus size.
// Events are always counted again (through the event_date index). Exact in any order, and writing
// an article again changes nothing. A date left with nothing loses its tally.
// A local day is found through the publishedAt index: its instants lie between its start at +14:00
// and its end at -12:00; date() of the stored time (kept in the article's own offset) then decides.
UNWIND $rows AS row
MERGE (t:DateTally {date: row.date})
SET t.writeLock = true
WITH t, row
CALL {
  WITH row
  WITH row WHERE row.recount AND size(row.date) = 10
  WITH date(row.date) AS local
  MATCH (a:Article)
  WHERE a.publishedAt >= datetime({date: local, timezone: '+14:00'})
    AND a.publishedAt < datetime({date: local + duration('P1D'), timezone: '-12:00'})
    AND date(a.publishedAt) = local
  RETURN count(CASE WHEN coalesce(a.datePrecision, 'day') <> 'month' THEN 1 END) AS counted,
         count(CASE WHEN a.datePrecision = 'month' THEN 1 END) AS countedMonth
}
WITH t,
     CASE WHEN row.recount THEN counted ELSE coalesce(t.articles, 0) + row.articles END AS articles,
     CASE WHEN row.recount THEN countedMonth ELSE coalesce(t.monthArticles, 0) + row.monthArticles END AS monthArticles,
     COUNT { (ev:Event) WHERE ev.date = row.date } AS events
FOREACH (_ IN CASE WHEN articles + monthArticles + events = 0 THEN [1] ELSE [] END | DELETE t)
FOREACH (_ IN CASE WHEN articles + monthArticles + events > 0 THEN [1] ELSE [] END |
  SET t.articles = articles, t.monthArticles = monthArticles, t.events = events
  REMOVE t.writeLock)

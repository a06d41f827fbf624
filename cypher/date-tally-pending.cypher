// The dates whose tallies (date-tally.cypher) a database written before tallies existed still lacks:
// every local day of an article and every event date, once, until date-tally-done.cypher marks the
// database as tallied. Empty when it is (one node read), so start-up pays the scan only once.
MATCH (v:SchemaVersion {id: 'schema'})
WHERE v.dateTallies IS NULL
CALL {
  MATCH (a:Article)
  WHERE a.publishedAt IS NOT NULL
  RETURN DISTINCT toString(date(a.publishedAt)) AS date
  UNION
  MATCH (ev:Event)
  WHERE ev.date IS NOT NULL
  RETURN DISTINCT ev.date AS date
}
RETURN date
ORDER BY date

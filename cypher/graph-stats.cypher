// Counts by label and relationship type (from the count store, so constant time) and the time of
// the latest ingest.
OPTIONAL MATCH (latest:Article)
WHERE latest.ingestedAt IS NOT NULL
WITH latest ORDER BY latest.ingestedAt DESC
LIMIT 1
RETURN {
  Article: COUNT { (:Article) }, Sentence: COUNT { (:Sentence) }, Entity: COUNT { (:Entity) },
  Person: COUNT { (:Person) }, Organization: COUNT { (:Organization) }, Place: COUNT { (:Place) },
  Event: COUNT { (:Event) }, IngestJob: COUNT { (:IngestJob) }, IngestRun: COUNT { (:IngestRun) }
} AS labels,
{
  HAS_SENTENCE: COUNT { ()-[:HAS_SENTENCE]->() }, MENTIONS: COUNT { ()-[:MENTIONS]->() },
  NAMES: COUNT { ()-[:NAMES]->() }, CO_MENTIONED: COUNT { ()-[:CO_MENTIONED]->() },
  REPORTS: COUNT { ()-[:REPORTS]->() }, PARTICIPATED_IN: COUNT { ()-[:PARTICIPATED_IN]->() },
  HELD_IN: COUNT { ()-[:HELD_IN]->() }, RAN: COUNT { ()-[:RAN]->() }
} AS relationships,
latest.ingestedAt AS latestIngest

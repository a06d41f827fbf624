// Schema for the news knowledge graph. Every statement is idempotent (IF NOT EXISTS / MERGE), so it
// is applied at every start-up. Statements are separated by semicolons at the end of a line.
// Version 2: Entity(name) for exact-name search hits, Article(ingestedAt) for the latest ingest,
// Article(contentHash) for lookups by content.
// Version 3: Article(textHash) here (it was the jobs schema's) for the ingest path's copy check, since
// every write records it; NAMES carry the article's co-mentions, so databases written before keep
// co-mention weights exact only after their articles are ingested again.
// Version 4: Entity(mergedIds), the ids an entity absorbed (ingest/resolve/known.ts), so the ingest
// path finds the few merged entities without a scan.
// Version 5: CO_MENTIONED(pair), the pair's ids in order joined by U+001F (comentions-add.cypher),
// so a co-mention between two hubs is found by one index seek where Neo4j read every co-mention of
// the smaller end; a database written before gets its keys once at start-up (comentions-keys.cypher).
// Version 6: CO_MENTIONED(weight), so the home view walks the heaviest co-mentions of the graph
// down to those among its entities instead of expanding every hub (comentions-among.cypher).
// Version 7: HOLDS_ROLE(lastSeen), so the detail panel of a hub reads its latest role holders along
// the index instead of all of them (entity-detail.cypher).
// DateTally(date): the per-date counts the writer keeps for the histogram (date-tally.cypher); a
// database written before them is tallied once at start-up (ingest/store/date-tallies.ts).
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT sentence_id IF NOT EXISTS FOR (n:Sentence) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT date_tally_date IF NOT EXISTS FOR (n:DateTally) REQUIRE n.date IS UNIQUE;
CREATE CONSTRAINT ingest_job_name IF NOT EXISTS FOR (n:IngestJob) REQUIRE n.name IS UNIQUE;
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
  FOR (n:Person|Organization|Place|Event) ON EACH [n.name, n.aliasText, n.nameEn]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
CREATE INDEX article_published_at IF NOT EXISTS FOR (n:Article) ON (n.publishedAt);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX entity_mention_count IF NOT EXISTS FOR (n:Entity) ON (n.mentionCount);
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX article_ingested_at IF NOT EXISTS FOR (n:Article) ON (n.ingestedAt);
CREATE INDEX article_content_hash IF NOT EXISTS FOR (n:Article) ON (n.contentHash);
CREATE INDEX article_text_hash IF NOT EXISTS FOR (n:Article) ON (n.textHash);
CREATE INDEX entity_merged_ids IF NOT EXISTS FOR (n:Entity) ON (n.mergedIds);
CREATE INDEX comention_pair IF NOT EXISTS FOR ()-[r:CO_MENTIONED]-() ON (r.pair);
CREATE INDEX comention_weight IF NOT EXISTS FOR ()-[r:CO_MENTIONED]-() ON (r.weight);
CREATE INDEX holds_role_last_seen IF NOT EXISTS FOR ()-[r:HOLDS_ROLE]-() ON (r.lastSeen);
MERGE (v:SchemaVersion {id: 'schema'})
  ON CREATE SET v.version = $version, v.appliedAt = datetime()
  ON MATCH SET v.appliedAt = CASE WHEN v.version = $version THEN v.appliedAt ELSE datetime() END,
    v.version = $version;

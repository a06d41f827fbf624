// Schema of the analyst's curation (ingest/curation), applied with cypher/schema.cypher at start-up:
// a Curation's id is unique, entities a rule names are found without a scan, watches and alerts by key.
CREATE CONSTRAINT curation_id IF NOT EXISTS FOR (n:Curation) REQUIRE n.id IS UNIQUE;
CREATE INDEX entity_curated IF NOT EXISTS FOR (n:Entity) ON (n.curated);
CREATE CONSTRAINT watch_key IF NOT EXISTS FOR (n:Watch) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT alert_key IF NOT EXISTS FOR (n:Alert) REQUIRE n.key IS UNIQUE;
CREATE INDEX alert_at IF NOT EXISTS FOR (n:Alert) ON (n.at);

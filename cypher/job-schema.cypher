// Constraints and indexes for ingest jobs (applied by ingest/jobs/job-schema.ts, idempotent).
// Unique run ids are what make a scheduled run happen once across app instances.
CREATE CONSTRAINT ingest_run_id IF NOT EXISTS FOR (n:IngestRun) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT ingest_lease_name IF NOT EXISTS FOR (n:IngestLease) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT document_failure_key IF NOT EXISTS FOR (n:DocumentFailure) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT feed_state_url IF NOT EXISTS FOR (n:FeedState) REQUIRE n.url IS UNIQUE;
CREATE INDEX ingest_run_job IF NOT EXISTS FOR (n:IngestRun) ON (n.job);

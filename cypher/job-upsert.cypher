// Creates or updates a job from the jobs file.
MERGE (j:IngestJob {name: $name})
SET j.schedule = $schedule, j.sources = $sources, j.source = $source, j.updatedAt = datetime($now)

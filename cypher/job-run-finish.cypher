// Records how a run ended: status, end time, document counts and the error summary.
MATCH (r:IngestRun {id: $id})
SET r.status = $status, r.finishedAt = datetime($finishedAt), r.startedAt = coalesce(r.startedAt, datetime($finishedAt)),
  r.seen = $counts.seen, r.`new` = $counts.new, r.updated = $counts.updated,
  r.unchanged = $counts.unchanged, r.failed = $counts.failed, r.error = $error

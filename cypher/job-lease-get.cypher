// Who holds a job's lease, and until when (ms since epoch).
MATCH (l:IngestLease {name: $name})
RETURN l.owner AS owner, l.expiresAt AS expiresAt

// When the next undelivered alert is due (ingest/curation/webhook.ts arms its retry timer for then),
// or null when every alert was delivered.
MATCH (al:Alert)
WHERE al.delivered = false
RETURN toString(min(coalesce(al.nextAttemptAt, al.at))) AS nextAttemptAt

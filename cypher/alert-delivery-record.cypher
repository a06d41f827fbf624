// The outcome of delivering one alert to the webhook: delivered, or the attempts made, the last error,
// how many deliveries failed in a row, and when the next one is due: $retryBaseMs after the first
// failed delivery, doubling with each further one, at most $retryMaxMs (ingest/curation/webhook.ts).
MATCH (al:Alert {id: $id})
WITH al, CASE WHEN $delivered THEN 0 ELSE coalesce(al.failedRuns, 0) + 1 END AS failedRuns
SET al.delivered = $delivered, al.attempts = coalesce(al.attempts, 0) + $attempts, al.deliveryError = $error,
    al.deliveredAt = CASE WHEN $delivered THEN datetime($now) ELSE null END,
    al.failedRuns = failedRuns,
    al.nextAttemptAt = CASE WHEN $delivered THEN null
      ELSE datetime($now) + duration({milliseconds: toInteger(CASE WHEN $retryBaseMs * 2.0 ^ (failedRuns - 1) > $retryMaxMs
                                                               THEN $retryMaxMs ELSE $retryBaseMs * 2.0 ^ (failedRuns - 1) END)}) END
RETURN toString(al.nextAttemptAt) AS nextAttemptAt

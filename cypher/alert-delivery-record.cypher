// The outcome of delivering one alert to the webhook: delivered, or the attempts made and the last error.
MATCH (al:Alert {id: $id})
SET al.delivered = $delivered, al.attempts = coalesce(al.attempts, 0) + $attempts, al.deliveryError = $error,
    al.deliveredAt = CASE WHEN $delivered THEN datetime($now) ELSE null END

// The watches the writer checks each batch against (ingest/curation/alerts.ts): entity alone or a pair.
MATCH (w:Watch)
RETURN w.key AS key, w.entity AS entity, w.other AS `with`

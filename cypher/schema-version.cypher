// Which schema version the database carries (and that there is exactly one version node).
MATCH (v:SchemaVersion)
RETURN max(v.version) AS version, count(v) AS count

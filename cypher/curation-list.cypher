// Every curation record, undone ones included, oldest first (`kg curate list`, export, GET /api/curation).
MATCH (c:Curation)
RETURN c.id AS id, c.seq AS seq, c.operation AS operation, c.arguments AS arguments, c.who AS who,
       toString(c.when) AS when, c.why AS why, c.undone AS undone
ORDER BY seq

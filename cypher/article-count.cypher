// How many articles the database holds (start-up ingests the bundled sample when there are none).
MATCH (a:Article)
RETURN count(a) AS articles

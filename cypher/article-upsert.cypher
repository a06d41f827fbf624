// Creates or updates an article's own properties.
MERGE (a:Article {id: $article.id})
SET a.url = $article.url,
    a.title = $article.title,
    a.source = $article.source,
    a.authors = $article.authors,
    a.publishedAt = CASE WHEN $article.publishedAt IS NULL THEN null ELSE datetime($article.publishedAt) END,
    a.contentHash = $article.contentHash,
    a.ingestedAt = coalesce(a.ingestedAt, datetime($now))

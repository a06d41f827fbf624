// Remembers a feed's validators once every item of that fetch has been handled, so the next fetch
// can be conditional (If-None-Match / If-Modified-Since).
MERGE (f:FeedState {url: $url})
SET f.etag = $etag, f.lastModified = $lastModified, f.checkedAt = datetime($now), f.items = $items

// The conditional-GET validators last seen for a feed (ETag, Last-Modified), if any.
MATCH (f:FeedState {url: $url})
RETURN f.etag AS etag, f.lastModified AS lastModified

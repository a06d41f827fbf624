// One entity for its detail panel: names, counts, the events it took part in, its strongest
// co-mentions, the latest articles that mention it, and the roles articles state it holds (per
// organization and normalized title, orgId null for a title with none; latest first, at most 50), and
// its typed relations either way (model.ts RELATION_TYPES but HOLDS_ROLE, written out so only those
// types are expanded), with the other entity, the stated dates and the article count (latest stated
// date first, at most $relationLimit); and for an organization or place, the people articles state
// hold a role at it (latest first, at most 50).
// The latest articles of a hub (named by over $hubArticles articles, 1,000 by default, and over one in 50 of all) are read
// newest first along the publishedAt index until enough name it, a few dozen rows, instead of
// sorting every article that names it (中国: most of the corpus); the degree and the article count
// are read from the counts Neo4j keeps, without a scan. A hub's list leaves out articles with no
// date and orders equal instants as the index does. Whether the entity is a hub decides the lower
// bound of that index seek (none for any other entity, so it reads nothing): a filter on the hub
// test was planned after the scan, which then read every article's index entry for every entity
// that is not a hub (2,001 db hits of 9,094 for 新华社 at 2,000 articles, all the index at any size).
// publishedAt is always a datetime (articles-upsert.cypher), so the bound leaves none out.
// A hub's latest events (one that takes part in over $hubArticles events and one in 50 of all) are
// read the same way, along the event_date index newest first (中国: 2,386 events of 30,000
// generated articles, each read and sorted before); a hub's list leaves out undated events and
// orders equal dates as the index does. So are a hub's latest role holders (over $hubArticles and one
// in 50 of all HOLDS_ROLE), along the HOLDS_ROLE lastSeen index (中国: 1,145 holders at 30,000
// generated articles); undated ones are left out of a hub's list.
// A dense entity's strongest co-mentions come from its kept list (strongRels, every co-mention
// heavier than strongAbove: entities-rank-neighbours.cypher) when it holds enough of them, instead
// of sorting all of its co-mentions. The floor is read once, not per listed relationship, and the
// ends are unlabelled (CO_MENTIONED joins entities only): per listed relationship the check reads its
// weight alone (中国 at 2,000 generated articles: 2,071 db hits for the list before, 1,180 after).
MATCH (e:Entity {id: $id})
CALL {
  WITH e
  RETURN COUNT { (e)-[:PARTICIPATED_IN]->() } AS took, COUNT { (:Event) } AS allEvents
}
CALL {
  WITH e, took, allEvents
  WITH e WHERE took <= $hubArticles OR took * 50 <= allEvents
  OPTIONAL MATCH (e)-[:PARTICIPATED_IN]->(ev:Event)
  WITH ev ORDER BY ev.date DESC, ev.id
  LIMIT $eventLimit
  RETURN collect({id: ev.id, name: ev.name, date: ev.date, dateText: ev.dateText, kind: ev.kind}) AS fewEvents
}
CALL {
  WITH e, took, allEvents
  WITH e, CASE WHEN took > $hubArticles AND took * 50 > allEvents THEN '' END AS since
  MATCH (ev:Event)
  USING INDEX ev:Event(date)
  WHERE ev.date >= since
  WITH e, ev ORDER BY ev.date DESC
  WHERE EXISTS { (e)-[:PARTICIPATED_IN]->(ev) }
  LIMIT $eventLimit
  RETURN collect({id: ev.id, name: ev.name, date: ev.date, dateText: ev.dateText, kind: ev.kind}) AS hubEvents
}
CALL {
  WITH e
  CALL {
    WITH e
    WITH e, e.strongAbove AS floor
    UNWIND coalesce(e.strongRels, []) AS rid
    MATCH (a)-[r:CO_MENTIONED]->(b)
    WHERE elementId(r) = rid AND (a = e OR b = e)
    WITH r, CASE WHEN a = e THEN b ELSE a END AS o
    WHERE r.weight > floor
    WITH o, r ORDER BY r.weight DESC, o.id
    LIMIT $coMentionLimit
    RETURN collect({id: o.id, name: o.name, type: o.type, weight: r.weight}) AS strong
  }
  CALL {
    WITH e, strong
    WITH e WHERE size(strong) < $coMentionLimit
    OPTIONAL MATCH (e)-[r:CO_MENTIONED]-(o:Entity)
    WITH o, r ORDER BY r.weight DESC, o.id
    LIMIT $coMentionLimit
    RETURN collect({id: o.id, name: o.name, type: o.type, weight: r.weight}) AS all
  }
  RETURN CASE WHEN size(strong) >= $coMentionLimit THEN strong ELSE all END AS topCoMentions
}
CALL {
  WITH e
  RETURN COUNT { (e)<-[:NAMES]-() } AS named, COUNT { (:Article) } AS stored
}
CALL {
  WITH e, named, stored
  WITH e WHERE named <= $hubArticles OR named * 50 <= stored
  OPTIONAL MATCH (a:Article)-[:NAMES]->(e)
  WITH a ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, a.id
  LIMIT $articleLimit
  RETURN collect({id: a.id, title: a.title, url: a.url, publishedAt: a.publishedAt}) AS fewArticles
}
CALL {
  WITH e, named, stored
  WITH e, CASE WHEN named > $hubArticles AND named * 50 > stored THEN datetime('-999999999-01-01T00:00:00Z') END AS since
  MATCH (a:Article)
  USING INDEX a:Article(publishedAt)
  WHERE a.publishedAt >= since
  WITH e, a ORDER BY a.publishedAt DESC
  WHERE EXISTS { (a)-[:NAMES]->(e) }
  LIMIT $articleLimit
  RETURN collect({id: a.id, title: a.title, url: a.url, publishedAt: a.publishedAt}) AS hubArticles
}
CALL {
  WITH e
  OPTIONAL MATCH (a:Article)-[s:STATES_ROLE]->(e)
  WITH s.orgId AS orgId, s.normalizedTitle AS normalizedTitle, min(s.title) AS title, count(s) AS articles,
       min(a.publishedAt) AS firstSeen, max(a.publishedAt) AS lastSeen
  WHERE normalizedTitle IS NOT NULL
  OPTIONAL MATCH (o:Entity {id: orgId})
  WITH orgId, o, normalizedTitle, title, articles, firstSeen, lastSeen
  ORDER BY lastSeen DESC, orgId, normalizedTitle
  LIMIT 50
  RETURN collect({orgId: orgId, orgName: o.name, title: title, normalizedTitle: normalizedTitle, articles: articles,
                  firstSeen: firstSeen, lastSeen: lastSeen}) AS roles
}
CALL {
  WITH e
  OPTIONAL MATCH (e)-[r:MEETS|CALLS|VISITS|SIGNS|CRITICIZES|PROTESTS|SUPPORTS|SANCTIONS|SUES|RULES|ATTACKS|COMPETES]-(o:Entity)
  WITH e, r, o ORDER BY r.lastDate IS NULL, r.lastDate DESC, type(r), o.id
  LIMIT $relationLimit
  RETURN collect(CASE WHEN r IS NULL THEN null ELSE {type: type(r), direction: CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END,
                  otherId: o.id, otherName: o.name, otherType: o.type, articles: r.articleCount,
                  firstDate: r.firstDate, lastDate: r.lastDate, dates: r.dates, dateCount: r.dateCount} END) AS relations
}
CALL {
  WITH e
  RETURN COUNT { (e)<-[:HOLDS_ROLE]-() } AS held, COUNT { ()-[:HOLDS_ROLE]->() } AS allRoles
}
CALL {
  WITH e, held, allRoles
  WITH e WHERE held <= $hubArticles OR held * 50 <= allRoles
  OPTIONAL MATCH (p:Person)-[r:HOLDS_ROLE]->(e)
  WITH p, r ORDER BY r.lastSeen DESC, p.id, r.normalizedTitle
  LIMIT 50
  RETURN collect(CASE WHEN r IS NULL THEN null ELSE {personId: p.id, personName: p.name, title: r.title, normalizedTitle: r.normalizedTitle,
                  articles: r.articleCount, firstSeen: r.firstSeen, lastSeen: r.lastSeen} END) AS fewHolders
}
CALL {
  WITH e, held, allRoles
  WITH e, CASE WHEN held > $hubArticles AND held * 50 > allRoles THEN datetime('-999999999-01-01T00:00:00Z') END AS since
  MATCH (p)-[r:HOLDS_ROLE]->(o)
  USING INDEX r:HOLDS_ROLE(lastSeen)
  WHERE r.lastSeen >= since
  WITH e, p, r, o ORDER BY r.lastSeen DESC
  WHERE o = e
  LIMIT 50
  RETURN collect({personId: p.id, personName: p.name, title: r.title, normalizedTitle: r.normalizedTitle,
                  articles: r.articleCount, firstSeen: r.firstSeen, lastSeen: r.lastSeen}) AS hubHolders
}
RETURN e.id AS id, e.name AS name, e.type AS type, coalesce(e.aliases, []) AS aliases, e.nameEn AS nameEn,
       e.mentionCount AS mentionCount, e.confidence AS confidence, e.firstSeen AS firstSeen, e.lastSeen AS lastSeen,
       fewEvents + hubEvents AS events, topCoMentions, fewArticles + hubArticles AS latestArticles, roles, relations,
       fewHolders + hubHolders AS holders

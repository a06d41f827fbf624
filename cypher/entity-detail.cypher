// One entity for its detail panel: names, counts, the events it took part in, its strongest
// co-mentions and the latest articles that mention it.
MATCH (e:Entity {id: $id})
CALL {
  WITH e
  OPTIONAL MATCH (e)-[:PARTICIPATED_IN]->(ev:Event)
  WITH ev ORDER BY ev.date DESC, ev.id
  LIMIT $eventLimit
  RETURN collect({id: ev.id, name: ev.name, date: ev.date, dateText: ev.dateText, kind: ev.kind}) AS events
}
CALL {
  WITH e
  OPTIONAL MATCH (e)-[r:CO_MENTIONED]-(o:Entity)
  WITH o, r ORDER BY r.weight DESC, o.id
  LIMIT $coMentionLimit
  RETURN collect({id: o.id, name: o.name, type: o.type, weight: r.weight}) AS topCoMentions
}
CALL {
  WITH e
  OPTIONAL MATCH (a:Article)-[:NAMES]->(e)
  WITH a ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, a.id
  LIMIT $articleLimit
  RETURN collect({id: a.id, title: a.title, url: a.url, publishedAt: a.publishedAt}) AS latestArticles
}
RETURN e.id AS id, e.name AS name, e.type AS type, coalesce(e.aliases, []) AS aliases, e.nameEn AS nameEn,
       e.mentionCount AS mentionCount, e.firstSeen AS firstSeen, e.lastSeen AS lastSeen,
       events, topCoMentions, latestArticles

// Every watch with the names of its entities (an entity merged or removed since shows its id only).
MATCH (w:Watch)
OPTIONAL MATCH (e:Entity {id: w.entity})
OPTIONAL MATCH (o:Entity {id: w.other})
RETURN w.key AS key, w.entity AS entity, e.name AS name, w.other AS `with`, o.name AS withName, w.who AS who, toString(w.since) AS since
ORDER BY key

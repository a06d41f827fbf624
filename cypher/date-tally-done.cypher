// Marks the database's date tallies (date-tally.cypher) as complete: date-tally-pending.cypher
// returns nothing from now on, and the writer keeps them right.
MATCH (v:SchemaVersion {id: 'schema'})
SET v.dateTallies = true

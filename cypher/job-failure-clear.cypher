// A document that failed before has now been ingested: forget the failure.
MATCH (f:DocumentFailure {key: $key})
DETACH DELETE f

// Typed relations between an article's entities from verbs and structures (issue 16): pure, run on
// resolved mentions by roles/relations.ts beside the roles.
export { RELATION_CUE, RELATION_TRIGGERS, TRIGGER_BY_CUE, type RelationTrigger, type TriggerShape, type VerbRelationType } from './verbs.ts';
export { relationId, sentenceDate, verbRelations } from './typed-relations.ts';
export { sentenceRelations, type VerbFinding } from './finders.ts';

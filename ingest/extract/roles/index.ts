// Roles and typed relations between an article's entities (issue 16): pure, run on resolved entities.
export { extractRelations, roleId, roleMentions } from './relations.ts';
export { findRoles, type RoleFinding, type RoleMention } from './role-patterns.ts';
export { MAX_TITLE_LENGTH, TITLES, normalizeTitle } from './titles.ts';

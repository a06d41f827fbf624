// API domain: the typed client, the API token kept for this tab, and the response shapes it returns (web/shared/api-types.ts, curation-types.ts).
export * from './client.ts';
export * from './curation.ts';
export * from './token.ts';
export type * from '../../../shared/api-types.ts';
export type * from '../../../shared/curation-types.ts';

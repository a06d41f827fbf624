// API domain: the typed client, and the response shapes it returns (web/shared/api-types.ts).
export * from './client.ts';
export type * from '../../../shared/api-types.ts';

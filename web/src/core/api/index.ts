// API domain: response shapes and the typed client.
export * from './client.ts';
export * from './types.ts';

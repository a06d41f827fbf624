// Export domain: GEXF and JSON of the current view.
export * from './utils.ts';

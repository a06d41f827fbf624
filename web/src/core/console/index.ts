// Console domain: pure helpers of the Cypher console, and its typed, paged result table.
export * from './utils.ts';
export * from './table.ts';

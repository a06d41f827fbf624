// Console domain: pure helpers of the Cypher console.
export * from './utils.ts';

// Console domain: pure helpers of the Cypher console, its typed, paged result table, and where a
// small result goes on the canvas.
export * from './utils.ts';
export * from './table.ts';
export * from './layout.ts';

// Graph domain: building, merging and measuring the explorer's graphology graph.
export * from './build.ts';
export * from './metrics.ts';
export * from './types.ts';
export * from './relations.ts';
export * from './status.ts';

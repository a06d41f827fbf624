// Layout domain: FA2 in a worker (iteration count and time budget), no-overlap, label picking.
export * from './labels.ts';
export * from './layout.ts';
export * from './separate.ts';

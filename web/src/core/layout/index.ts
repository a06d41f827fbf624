// Layout domain: FA2 in a worker with a time budget, then noverlap.
export * from './layout.ts';

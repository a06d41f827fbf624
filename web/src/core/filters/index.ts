// Filters domain: state shape and the pure visibility computation.
export * from './types.ts';
export * from './utils.ts';

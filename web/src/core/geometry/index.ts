// Geometry domain: hit-testing edges on click.
export * from './utils.ts';

// Time domain: histogram buckets and the play steps of the time bar.
export * from './buckets.ts';

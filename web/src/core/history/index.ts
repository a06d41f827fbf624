// History domain: undo of expansions.
export * from './utils.ts';

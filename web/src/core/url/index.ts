// URL domain: links that reproduce a view.
export * from './utils.ts';

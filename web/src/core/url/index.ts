// URL domain: links that reproduce a view, and which article URLs may be links at all.
export * from './utils.ts';
export * from './article-link.ts';

// ingest/resolve: entity resolution, after extraction and before the store (README.md).
export { resolveArticle, type KnownEntity, type ResolveOptions } from './resolve-article.ts';
export { buildKnowledge, knowledgeFor, type Knowledge } from './knowledge.ts';
export { canonicalForm } from './forms.ts';

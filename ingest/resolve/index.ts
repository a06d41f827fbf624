// ingest/resolve: entity resolution, after extraction and before the store (README.md).
export { resolveArticle, type KnownEntity, type ResolveOptions } from './resolve-article.ts';
export { buildKnowledge, knowledgeFor, type Knowledge } from './knowledge.ts';
export { canonicalForm } from './forms.ts';
export { linkAcrossArticles, lookupKeys, preferred, type CrossArticleLinks, type EntityMerge, type StoredEntity } from './known.ts';

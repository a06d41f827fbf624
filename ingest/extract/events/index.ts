// Events a reader would title (issue 16.3): see extract.ts.
export { extractEvents, type ArticleInfo } from './extract.ts';
export type { EventMention } from './types.ts';

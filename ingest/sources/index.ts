// Public surface of the sources stage.
export { resolveSource, loadDocument } from './documents.ts';
export type { DocumentRef, ResolvedSource, SourceContext } from './documents.ts';
export { SourceError, isTransient } from './errors.ts';
export type { SourceErrorKind } from './errors.ts';
export { DEFAULT_SOURCE_OPTIONS, resolveSourceOptions, SourceOptionsError } from './options.ts';
export type { SourceOptions } from './options.ts';
export { decodeBytes } from './decode.ts';
export { extractPage, htmlToText } from './html-page.ts';
export { parseFeed } from './feed.ts';
export { canonicalUrl, isHttpUrl } from '../parse/canonical-url.ts';
export { JSON_FIELD_MAPPING } from './json-records.ts';

// Public surface of the parse stage.
export { parseDocument, detectFormat, assertText, DEFAULT_PARSE_OPTIONS } from './parse-document.ts';
export type { ParseOptions, DocumentFormat } from './parse-document.ts';
export { parseLine } from './plain-text.ts';
export { normalizeText, normalizeName, toOriginal, MIDDLE_DOT } from './normalize.ts';
export type { NormalizedText } from './normalize.ts';
export { splitSentences, sentenceAt, MAX_SENTENCE_LENGTH } from './sentences.ts';
export { articleId, relatedId } from './article-id.ts';
export { parsePublishedAt } from './published-at.ts';
export { splitSnippet } from './snippets.ts';
export { NotTextError, ParseOptionsError } from './errors.ts';

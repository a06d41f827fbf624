// Search domain: pinyin matching (the server computes syllables with pinyin-pro).
export * from './pinyin-match.ts';

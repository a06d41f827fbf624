// Article domain: cutting an article's text into chunks of text and mention pieces for the article view.
export * from './chunks.ts';

// One document through the whole pipeline: parse into articles (a scraped page may hold several),
// extract each, write each to Neo4j. The only place where the pure stages meet the store.
import { extractArticle } from './extract/pipeline.ts';
import { parseDocument } from './parse/index.ts';
import type { Store } from './store/client.ts';
import { writeArticles, type WriteOutcome } from './store/write-articles.ts';

export interface IngestedDocument {
  articles: { id: string; title: string; outcome: WriteOutcome }[];
}

export async function ingestDocument(store: Store, raw: string, opts: { name?: string; url?: string } = {}): Promise<IngestedDocument> {
  const parsed = parseDocument(raw, { name: opts.name, url: opts.url, format: 'auto' });
  // One batch, so a page and its 相关 snippets land in one transaction.
  const outcomes = await writeArticles(
    store,
    parsed.map((article) => ({ article: extractArticle(article), authors: article.authors })),
  );
  return { articles: parsed.map((article, i) => ({ id: article.id, title: article.title, outcome: outcomes[i]! })) };
}

// One document through the whole pipeline: parse into articles (a scraped page may hold several),
// extract each, write each to Neo4j. The only place where the pure stages meet the store.
import { extractArticle } from './extract/pipeline.ts';
import { parseDocument } from './parse/index.ts';
import type { Store } from './store/client.ts';
import { writeArticle, type WriteOutcome } from './store/write-article.ts';

export interface IngestedDocument {
  articles: { id: string; title: string; outcome: WriteOutcome }[];
}

export async function ingestDocument(store: Store, raw: string, opts: { name?: string; url?: string } = {}): Promise<IngestedDocument> {
  const parsed = parseDocument(raw, { name: opts.name, url: opts.url, format: 'auto' });
  const articles: IngestedDocument['articles'] = [];
  for (const article of parsed) {
    const extraction = extractArticle(article);
    const outcome = await writeArticle(store, extraction, article.authors);
    articles.push({ id: article.id, title: article.title, outcome });
  }
  return { articles };
}

// The seed article, parsed and extracted once for all seed tests (extraction loads dictionaries
// and the model, so sharing the result keeps the suite fast).
import { readFileSync } from 'node:fs';
import type { ArticleExtraction, ExtractedEntity, ParsedArticle } from '../../../ingest/model.ts';
import { extractArticle } from '../../../ingest/extract/pipeline.ts';
import { parseDocument } from '../../../ingest/parse/index.ts';

export const SEED_PATH = '/work/shared/corpus/seed-2024-05-05-zhongmei-ai.txt';

let cached: { articles: ParsedArticle[]; extractions: ArticleExtraction[] } | undefined;

export function seed(): { articles: ParsedArticle[]; extractions: ArticleExtraction[] } {
  if (!cached) {
    const articles = parseDocument(readFileSync(SEED_PATH, 'utf8'), { name: 'seed' });
    cached = { articles, extractions: articles.map((a) => extractArticle(a)) };
  }
  return cached;
}

/** The entity whose name or one of whose aliases is `name`. */
export function entityNamed(x: ArticleExtraction, name: string): ExtractedEntity | undefined {
  return x.entities.find((e) => e.name === name || e.aliases.includes(name));
}

export function paired(x: ArticleExtraction, a: string, b: string): boolean {
  const ea = entityNamed(x, a);
  const eb = entityNamed(x, b);
  if (!ea || !eb) return false;
  return x.coMentions.some((c) => (c.source === ea.id && c.target === eb.id) || (c.source === eb.id && c.target === ea.id));
}

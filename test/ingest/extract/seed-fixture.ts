// The seed article, parsed and extracted once for all seed tests (extraction loads dictionaries
// and the model, so sharing the result keeps the suite fast).
import type { ArticleExtraction, ParsedArticle } from '../../../ingest/model.ts';
import { extractArticle } from '../../../ingest/extract/pipeline.ts';
import { parseDocument } from '../../../ingest/parse/index.ts';
import { SEED_PATH, seedText } from '../../setup/shared-data.ts';

export { SEED_PATH };

let cached: { articles: ParsedArticle[]; extractions: ArticleExtraction[] } | undefined;

export function seed(): { articles: ParsedArticle[]; extractions: ArticleExtraction[] } {
  if (!cached) {
    const articles = parseDocument(seedText(), { name: 'seed' });
    cached = { articles, extractions: articles.map((a) => extractArticle(a)) };
  }
  return cached;
}

export { entityNamed, paired } from '../../../ingest/extract/eval/seed-checks.ts';

// The bundled sample (ingest/sample/), which `npm start` ingests into an empty database. Read and
// parsed the way `kg ingest` reads a file (sources' loadDocument) and written by the one ingest path
// (ingest-documents.ts), so it is stored exactly as `kg ingest ingest/sample/…` would store it, text
// hash included, and a later copy of it under another name or URL is recognised.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestDocuments, type DocumentOutcome } from './ingest-documents.ts';
import { DEFAULT_SOURCE_OPTIONS, loadDocument } from './sources/index.ts';
import type { Store } from './store/client.ts';

export const SAMPLE_FILE = join(dirname(fileURLToPath(import.meta.url)), 'sample', 'seed-2024-05-05-zhongmei-ai.txt');

export interface IngestedFile {
  /** Articles the file held (a scraped page: the main article and its 相关 snippets). */
  articles: number;
  outcome: DocumentOutcome;
}

/** One local file, read as `kg ingest` reads it, through the one ingest path. */
export async function ingestFile(store: Store, path: string): Promise<IngestedFile> {
  const articles = await loadDocument({ key: path, kind: 'file', source: path }, { options: DEFAULT_SOURCE_OPTIONS });
  const [outcome] = await ingestDocuments(store, [articles]);
  return { articles: articles.length, outcome: outcome! };
}

/** What `npm start` does to an empty database. */
export function ingestSample(store: Store): Promise<IngestedFile> {
  return ingestFile(store, SAMPLE_FILE);
}

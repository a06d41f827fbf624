// A generated corpus (news-corpus.ts) in the forms `kg ingest` reads: one JSON Lines file (the fields
// of ingest/sources/json-records.ts), or a folder of text files (title line, date line, body), both
// streamed so a corpus of any size is written in bounded memory.
import { once } from 'node:events';
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ParsedArticle } from '../../ingest/model.ts';
import type { NewsCorpus } from './news-corpus.ts';

/** Writes articles [from, to) as JSON Lines to `path`; returns the characters of text written. */
export async function writeJsonl(corpus: NewsCorpus, from: number, to: number, path: string): Promise<number> {
  const out = createWriteStream(path, { encoding: 'utf8' });
  let chars = 0;
  for (const a of corpus.articles(from, to)) {
    chars += a.text.length;
    const line = JSON.stringify({ title: a.title, text: a.text, url: a.url, publishedAt: a.publishedAt, source: a.source }) + '\n';
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return chars;
}

/** A plain-text news file: headline, a date line with the outlet, then the paragraphs. */
export function articleText(a: ParsedArticle): string {
  const local = new Date(Date.parse(a.publishedAt!) + 8 * 3_600_000).toISOString();
  return `${a.title}\n${local.slice(0, 10)} ${local.slice(11, 16)} 来源：${a.source}\n\n${a.text}\n`;
}

/** Writes articles [from, to) as text files, 1,000 to a sub-folder; returns the folder. */
export function writeFiles(corpus: NewsCorpus, from: number, to: number, dir: string): string {
  for (const a of corpus.articles(from, to)) {
    const i = Number(/(\d+)\.html$/.exec(a.url!)![1]);
    const sub = join(dir, String(Math.floor(i / 1000)).padStart(4, '0'));
    if (i % 1000 === 0 || i === from) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `${String(i).padStart(7, '0')}.txt`), articleText(a));
  }
  return dir;
}

// Writes one extracted article: exact and idempotent. Unchanged text is skipped; changed text
// replaces the article's contribution, and the counts and co-mention weights of every entity it
// touches (before or after) are recomputed from the stored sentences, inside one transaction.
import { createHash } from 'node:crypto';
import type { ArticleExtraction } from '../model.ts';
import { runNamed, type Store } from './client.ts';

export type WriteOutcome = 'new' | 'updated' | 'unchanged';

/** Hash of everything the article contributes; equal hashes mean nothing to write. */
export function contributionHash(article: ArticleExtraction): string {
  const h = createHash('sha256');
  h.update(JSON.stringify([article.title, article.publishedAt ?? null, article.source ?? null, article.text]));
  h.update(JSON.stringify(article.entities.map((e) => [e.id, e.type, e.aliases, e.mentions])));
  return h.digest('hex');
}

export function sentenceId(articleId: string, index: number): string {
  return `${articleId}#s${index}`;
}

export async function writeArticle(store: Store, article: ArticleExtraction, authors: string[] = []): Promise<WriteOutcome> {
  const contentHash = contributionHash(article);
  const [existing] = await store.read('article-content-hash', { id: article.id });
  if (existing?.contentHash === contentHash) return 'unchanged';

  const entities = [...article.entities].sort((a, b) => (a.id < b.id ? -1 : 1));
  await store.writeTx(async (tx) => {
    // Lock shared entities first (sorted, to keep deadlocks rare; executeWrite retries the rest).
    await runNamed(tx, 'entities-lock-upsert', {
      articleId: article.id,
      rows: entities.map((e) => ({ id: e.id, name: e.name, type: e.type, aliases: e.aliases, nameEn: e.nameEn ?? null })),
    });
    const [removed] = await runNamed(tx, 'article-remove-contribution', { id: article.id });
    const touched = new Set<string>([...((removed?.touched as string[] | undefined) ?? []), ...entities.map((e) => e.id)]);
    await runNamed(tx, 'article-upsert', {
      now: new Date().toISOString(),
      article: {
        id: article.id,
        url: article.url ?? null,
        title: article.title,
        source: article.source ?? null,
        authors,
        publishedAt: article.publishedAt ?? null,
        contentHash,
      },
    });
    await runNamed(tx, 'sentences-write', {
      articleId: article.id,
      rows: article.sentences.map((s) => ({ id: sentenceId(article.id, s.index), index: s.index, text: s.text, start: s.start, end: s.end })),
    });
    const mentionRows = entities.flatMap((e) =>
      e.mentions.map((m) => ({
        sentenceId: sentenceId(article.id, m.sentence),
        entityId: e.id,
        start: m.start,
        end: m.end,
        surface: article.text.slice(m.start, m.end),
      })),
    );
    await runNamed(tx, 'mentions-write', { rows: mentionRows });
    const ids = [...touched].sort();
    await runNamed(tx, 'comentions-recount', { ids });
    await runNamed(tx, 'entities-recount', { ids });
  });
  return existing ? 'updated' : 'new';
}

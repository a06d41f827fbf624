// Turns one extracted article into the parameter rows the batched writer sends (pure, no I/O): the
// article's own properties, sentences, entity and event mentions, per-article entity names (NAMES),
// event reports (REPORTS) and the co-mention pairs its sentences contribute.
import { createHash } from 'node:crypto';
import type { ArticleExtraction } from '../model.ts';
import { canonicalUrl } from '../parse/canonical-url.ts';
import { articleKey } from './article-key.ts';

export interface ArticleRows {
  id: string;
  contentHash: string;
  publishedAt: string | null;
  article: { id: string; url: string | null; title: string; source: string | null; authors: string[]; publishedAt: string | null; contentHash: string };
  sentences: { articleId: string; id: string; index: number; text: string; start: number; end: number }[];
  mentions: { sentenceId: string; targetId: string; start: number; end: number; surface: string }[];
  eventMentions: { sentenceId: string; targetId: string; start: number; end: number; surface: string }[];
  entities: { id: string; name: string; type: string; aliases: string[]; nameEn: string | null }[];
  names: { articleId: string; entityId: string; mentions: number; aliases: string[]; nameEn: string | null }[];
  events: {
    articleId: string;
    id: string;
    name: string;
    date: string | null;
    dateText: string | null;
    kind: string;
    mentions: number;
    participants: string[];
    place: string | null;
  }[];
  /** Co-mention pairs (`x\u0000y`, x < y) with the number of sentences in which both appear. */
  pairs: Map<string, number>;
}

/** Hash of everything the article contributes; equal hashes mean nothing to write. */
export function contributionHash(article: ArticleExtraction, authors: readonly string[] = []): string {
  const h = createHash('sha256');
  h.update(JSON.stringify([article.url ?? null, article.title, article.publishedAt ?? null, article.source ?? null, authors, article.text]));
  h.update(JSON.stringify(article.entities.map((e) => [e.id, e.name, e.type, e.aliases, e.nameEn ?? null, e.mentions])));
  h.update(JSON.stringify(article.events.map((e) => [e.id, e.name, e.date ?? null, e.dateText ?? null, e.kind, e.participants, e.place ?? null, e.mentions])));
  return h.digest('hex');
}

export function sentenceId(articleId: string, index: number): string {
  return `${articleId}#s${index}`;
}

const sortedUnique = (xs: Iterable<string>): string[] => [...new Set(xs)].sort();

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

export function articleRows(article: ArticleExtraction, authors: readonly string[] = []): ArticleRows {
  const id = articleKey(article);
  const contentHash = contributionHash(article, authors);
  const publishedAt = article.publishedAt ?? null;
  const sentenceIndexes = new Set(article.sentences.map((s) => s.index));
  const sentences = article.sentences.map((s) => ({ articleId: id, id: sentenceId(id, s.index), index: s.index, text: s.text, start: s.start, end: s.end }));

  const mentioned = article.entities
    .map((e) => ({ e, mentions: e.mentions.filter((m) => sentenceIndexes.has(m.sentence)) }))
    .filter((x) => x.mentions.length > 0)
    .sort((a, b) => (a.e.id < b.e.id ? -1 : 1));
  const mentionedIds = new Set(mentioned.map((x) => x.e.id));

  const mentions = mentioned.flatMap(({ e, mentions: ms }) =>
    ms.map((m) => ({ sentenceId: sentenceId(id, m.sentence), targetId: e.id, start: m.start, end: m.end, surface: article.text.slice(m.start, m.end) })),
  );
  const entities = mentioned.map(({ e }) => ({
    id: e.id,
    name: e.name,
    type: e.type,
    aliases: sortedUnique(e.aliases.filter((a) => a !== e.name)),
    nameEn: e.nameEn ?? null,
  }));
  const names = mentioned.map(({ e, mentions: ms }) => ({
    articleId: id,
    entityId: e.id,
    mentions: ms.length,
    aliases: sortedUnique(e.aliases.filter((a) => a !== e.name)),
    nameEn: e.nameEn ?? null,
  }));

  // Participants and places only link when this article itself mentions them, so an event's links
  // never depend on which other articles happened to be written first.
  const events = [...article.events]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((ev) => ({
      articleId: id,
      id: ev.id,
      name: ev.name,
      date: ev.date ?? null,
      dateText: ev.dateText ?? null,
      kind: ev.kind,
      mentions: ev.mentions.filter((m) => sentenceIndexes.has(m.sentence)).length,
      participants: sortedUnique(ev.participants.filter((p) => mentionedIds.has(p))),
      place: ev.place !== undefined && mentionedIds.has(ev.place) ? ev.place : null,
    }));
  const eventMentions = article.events.flatMap((ev) =>
    ev.mentions
      .filter((m) => sentenceIndexes.has(m.sentence))
      .map((m) => ({ sentenceId: sentenceId(id, m.sentence), targetId: ev.id, start: m.start, end: m.end, surface: article.text.slice(m.start, m.end) })),
  );

  // Same definition as cypher/comentions-recount-pairs.cypher: distinct sentences mentioning both.
  const bySentence = new Map<number, Set<string>>();
  for (const { e, mentions: ms } of mentioned) {
    for (const m of ms) {
      let set = bySentence.get(m.sentence);
      if (!set) bySentence.set(m.sentence, (set = new Set()));
      set.add(e.id);
    }
  }
  const pairs = new Map<string, number>();
  for (const set of bySentence.values()) {
    const ids = [...set].sort();
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const key = pairKey(ids[i]!, ids[j]!);
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
      }
    }
  }

  return {
    id,
    contentHash,
    publishedAt,
    article: { id, url: article.url?.trim() ? canonicalUrl(article.url) : null, title: article.title, source: article.source ?? null, authors: [...authors], publishedAt, contentHash },
    sentences,
    mentions,
    eventMentions,
    entities,
    names,
    events,
    pairs,
  };
}

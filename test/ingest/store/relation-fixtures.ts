// Hand-built extractions with typed relations (issue 16), so the store's relation path is tested on
// its own, whatever extraction emits today: sentences of our own, entities found by their names in
// them, co-mentions for every pair sharing a sentence, and relations named by their ends.
import type { ArticleExtraction, EntityType, ExtractedEntity, RelationType, Sentence } from '../../../ingest/model.ts';

const PREFIX: Record<EntityType, string> = { Person: 'person', Organization: 'organization', Place: 'place' };

export const entityIdOf = (type: EntityType, name: string): string => `${PREFIX[type]}:${name}`;

export interface RelationSpec {
  type: RelationType;
  source: string;
  target: string | null;
  /** Index of the stating sentence. */
  sentence: number;
  date?: string;
  title?: string;
}

export interface FixtureSpec {
  id: string;
  publishedAt: string;
  title?: string;
  url?: string;
  sentences: string[];
  entities: { name: string; type: EntityType }[];
  relations: RelationSpec[];
}

/** An ArticleExtraction as the pipeline would give it for these sentences, entities and relations. */
export function fixtureArticle(spec: FixtureSpec): ArticleExtraction {
  const sentences: Sentence[] = [];
  let at = 0;
  spec.sentences.forEach((text, index) => {
    sentences.push({ index, start: at, end: at + text.length, text });
    at += text.length;
  });
  const text = spec.sentences.join('');
  const entities: ExtractedEntity[] = spec.entities.map(({ name, type }) => ({
    id: entityIdOf(type, name),
    name,
    type,
    aliases: [],
    mentions: sentences.flatMap((s) => {
      const found = [];
      for (let i = s.text.indexOf(name); i >= 0; i = s.text.indexOf(name, i + name.length))
        found.push({ start: s.start + i, end: s.start + i + name.length, sentence: s.index });
      return found;
    }),
  }));
  const idOf = (name: string): string => {
    const e = entities.find((x) => x.name === name);
    if (!e) throw new Error(`relation-fixtures: ${name} is not among the fixture's entities`);
    return e.id;
  };
  const coMentions = [];
  for (let i = 0; i < entities.length; i++) {
    for (let j = i + 1; j < entities.length; j++) {
      const a = entities[i]!;
      const b = entities[j]!;
      const shared = [...new Set(a.mentions.map((m) => m.sentence))].filter((s) => b.mentions.some((m) => m.sentence === s)).sort((x, y) => x - y);
      if (shared.length > 0) coMentions.push({ source: a.id, target: b.id, weight: shared.length, sentences: shared });
    }
  }
  const relations = spec.relations.map((r) => {
    const source = idOf(r.source);
    const target = r.target === null ? null : idOf(r.target);
    const s = sentences[r.sentence]!;
    const id =
      r.type === 'HOLDS_ROLE'
        ? `holds_role:${source}|${r.title ?? ''}|${target ?? '-'}`
        : `${r.type.toLowerCase()}:${source}|${target ?? '-'}|${r.date ?? '-'}`;
    return {
      id,
      type: r.type,
      source,
      target,
      ...(r.title !== undefined ? { title: r.title, normalizedTitle: r.title } : {}),
      ...(r.date !== undefined ? { date: r.date } : {}),
      sentence: r.sentence,
      start: s.start,
      end: s.end,
      sentences: [r.sentence],
    };
  });
  return {
    id: spec.id,
    title: spec.title ?? spec.sentences[0]!.slice(0, 12),
    ...(spec.url !== undefined ? { url: spec.url } : {}),
    publishedAt: spec.publishedAt,
    text,
    sentences,
    entities,
    events: [],
    coMentions,
    relations,
  };
}

/**
 * The article with the confidences an extraction would attach (ingest/extract/confidence.ts): each
 * entity and its mentions the value given for its name, a co-mention the product of both ends', a
 * relation its type's value (1 when not given).
 */
export function withConfidence(a: ArticleExtraction, byName: Record<string, number>, byType: Partial<Record<RelationType, number>> = {}): ArticleExtraction {
  const of = new Map<string, number>();
  for (const e of a.entities) {
    const c = byName[e.name];
    if (c === undefined) throw new Error(`relation-fixtures: no confidence given for ${e.name}`);
    e.confidence = c;
    for (const m of e.mentions) m.confidence = c;
    of.set(e.id, c);
  }
  for (const co of a.coMentions) co.confidence = of.get(co.source)! * of.get(co.target)!;
  for (const r of a.relations ?? []) r.confidence = byType[r.type] ?? 1;
  return a;
}

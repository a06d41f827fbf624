// The JSONL contract of `kg extract` (issue 3 §7), kept separate from the command so other tools
// and tests can build the same object. Key order and nulls are stable: consumers rely on them.
// Each entity, mention, co-mention and relation ends with its `confidence` in [0, 1] (3 decimals;
// confidence.ts), added after the older keys. `publishedAt` is the article's own local date
// (YYYY-MM-DD, or YYYY-MM for a month-only date line), what a reader of the page sees; the instant
// with its offset, the zone and the precision follow it.
import { localPublishedDate, type ArticleExtraction, type DatePrecision, type ExtractedRelation, type Mention } from '../model.ts';
import { moreLine } from '../truncate.ts';
import { round3 } from './confidence.ts';

export interface ExtractRecord {
  id: string;
  title: string;
  /** The article's local date in its own zone: `YYYY-MM-DD`, or `YYYY-MM` at month precision. */
  publishedAt: string | null;
  /** ISO 8601 with the article's offset (`2024-05-05T01:06:00+08:00`). */
  publishedInstant: string | null;
  /** IANA zone (`Asia/Shanghai` when the text states none) or the offset the text states. */
  publishedZone: string | null;
  datePrecision: DatePrecision | null;
  source: string | null;
  text: string;
  /**
   * mentions: the entity's flat, non-overlapping spans in `text`. A place named only inside another
   * entity's name (上海 in 特斯拉上海超级工厂) is listed with no mentions: coMentions link it, but it
   * is not a span of its own, so tools that score spans against flat gold labels count it nowhere.
   */
  entities: { id: string; name: string; type: string; aliases: string[]; mentions: RecordMention[]; confidence: number }[];
  events: { id: string; name: string; date: string | null; participants: string[]; place: string | null }[];
  coMentions: { source: string; target: string; weight: number; sentences: number[]; confidence: number }[];
  /**
   * Typed relations between this article's entities (ids of `entities`): HOLDS_ROLE with its title
   * (target null for a title written without an organization); the stated span is `start`–`end`.
   */
  relations: RecordRelation[];
}

/** The contract's relation: the extraction's, without the list of every stating sentence. */
type RecordRelation = Omit<ExtractedRelation, 'sentences' | 'confidence'> & { confidence: number };

function toRecordRelation(r: ExtractedRelation): RecordRelation {
  // Key order is the contract's: optional fields in their place, absent when unknown.
  return {
    id: r.id,
    type: r.type,
    source: r.source,
    target: r.target,
    ...(r.title !== undefined ? { title: r.title } : {}),
    ...(r.normalizedTitle !== undefined ? { normalizedTitle: r.normalizedTitle } : {}),
    ...(r.date !== undefined ? { date: r.date } : {}),
    sentence: r.sentence,
    start: r.start,
    end: r.end,
    confidence: conf(r.confidence),
  };
}

interface RecordMention {
  start: number;
  end: number;
  sentence: number;
  confidence: number;
}

/**
 * A confidence as the contract prints it: in [0, 1], 3 decimals. Every resolved extraction carries
 * one (confidence.ts); an unresolved one has none and prints 0, which no calibrated fact gets.
 */
const conf = (p: number | undefined): number => (p === undefined ? 0 : round3(p));

const toRecordMention = (m: Mention): RecordMention => ({ start: m.start, end: m.end, sentence: m.sentence, confidence: conf(m.confidence) });

export function toRecord(x: ArticleExtraction): ExtractRecord {
  return {
    id: x.id,
    title: x.title,
    publishedAt: localPublishedDate(x) ?? null,
    publishedInstant: x.publishedAt ?? null,
    publishedZone: x.publishedZone ?? null,
    datePrecision: x.publishedAt === undefined ? null : (x.datePrecision ?? null),
    source: x.source ?? null,
    text: x.text,
    entities: x.entities.map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      aliases: e.aliases,
      mentions: e.mentions.filter((m) => m.nested !== true).map(toRecordMention),
      confidence: conf(e.confidence),
    })),
    events: x.events.map((e) => ({ id: e.id, name: e.name, date: e.date ?? null, participants: e.participants, place: e.place ?? null })),
    coMentions: x.coMentions.map((c) => ({ source: c.source, target: c.target, weight: c.weight, sentences: c.sentences, confidence: conf(c.confidence) })),
    relations: (x.relations ?? []).map(toRecordRelation),
  };
}

/** How many co-mentions `--format pretty` shows, the strongest first; a line counts the rest. */
export const PRETTY_CO_MENTIONS = 15;

/** A human-readable summary for `--format pretty`. */
export function toPretty(x: ArticleExtraction): string {
  const lines = [`# ${x.title || x.id}`, `id: ${x.id}`];
  if (x.publishedAt) lines.push(`published: ${localPublishedDate(x) ?? x.publishedAt} (${x.publishedAt}${x.publishedZone ? ` ${x.publishedZone}` : ''})`);
  if (x.source) lines.push(`source: ${x.source}`);
  for (const type of ['Person', 'Organization', 'Place']) {
    const names = x.entities.filter((e) => e.type === type).map((e) => (e.aliases.length > 0 ? `${e.name} (${e.aliases.join(', ')})` : e.name));
    lines.push(`${type}: ${names.join('; ') || '-'}`);
  }
  for (const e of x.events) lines.push(`event: ${e.date ?? '?'} ${e.name}${e.place ? ` @ ${e.place}` : ''} [${e.participants.join(', ')}]`);
  const name = (id: string | null): string => (id === null ? '-' : (x.entities.find((e) => e.id === id)?.name ?? id));
  for (const r of x.relations ?? [])
    lines.push(`relation: ${r.date ?? '?'} ${name(r.source)} ${r.type}${r.title !== undefined ? ` ${r.title}` : ''} ${name(r.target)}`);
  const top = [...x.coMentions].sort((a, b) => b.weight - a.weight).slice(0, PRETTY_CO_MENTIONS);
  for (const c of top) lines.push(`co-mention: ${c.source} — ${c.target} ×${c.weight}`);
  const more = moreLine(x.coMentions.length, top.length, 'co-mentions', '--format jsonl lists them all');
  if (more) lines.push(more);
  return lines.join('\n') + '\n';
}

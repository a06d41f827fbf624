// Which of an article's events a reader would list: the ones its headline names and its lead
// states, about the entities it mentions most, stated more than once. The gold standard lists up
// to three main events per article; a flood of events is noise, so at most five are kept, and
// beyond them only events the text names by their own name and dates (a roundup's AI安全峰会 of
// 去年11月), never more than eight.
import type { Draft } from './types.ts';

export const MAX_EVENTS = 5;
const MAX_WITH_NAMED = 8;

export interface ArticleContext {
  /** The headline ('' when there is none). */
  title: string;
  /** Entity id → its name and number of mentions in the article. */
  entities: ReadonlyMap<string, { name: string; count: number }>;
}

function score(d: Draft, ctx: ArticleContext): number {
  let s = d.first === 0 ? 4 : d.first === 1 ? 3 : d.first === 2 ? 2 : d.first <= 5 ? 1 : 0;
  let most = 0;
  // The headline's event: 4 for each of its parties the headline names (at most two counted).
  let inTitle = 0;
  for (const id of d.participants) {
    const e = ctx.entities.get(id);
    if (!e) continue;
    most = Math.max(most, e.count);
    if (ctx.title !== '' && ctx.title.includes(e.name) && id !== d.place) inTitle++;
  }
  s += 4 * Math.min(2, inTitle);
  s += Math.min(3, d.mentions.length - 1) + Math.min(3, most / 3);
  // What the text dates and names by its own name (AI安全峰会) is what a reader lists.
  if (d.date !== undefined) s += 2;
  if (d.quoted === true) s -= 2;
  // What is still to come (announced: the gold lists such events too) is news, a little less than what happened.
  if (d.planned === true) s -= 1;
  if (d.proper === true) s += 2;
  // An actor-less event without a name of its own takes every entity of its sentence: it needs more evidence.
  else if (d.actor === undefined) s -= 1;
  return s;
}

/** The drafts a reader would list, most salient first. */
export function mostSalient(drafts: readonly Draft[], ctx: ArticleContext): Draft[] {
  const scored = drafts.map((d, i) => ({ d, s: score(d, ctx), i }));
  scored.sort((a, b) => b.s - a.s || a.d.first - b.d.first || a.i - b.i);
  const named = scored.slice(MAX_EVENTS).filter((x) => x.d.proper === true && x.d.date !== undefined && x.d.quoted !== true);
  return [...scored.slice(0, MAX_EVENTS), ...named.slice(0, MAX_WITH_NAMED - MAX_EVENTS)].map((x) => x.d);
}

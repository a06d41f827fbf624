// Which of an article's events a reader would list: the ones its headline names and its lead
// states, about the entities it mentions most, stated more than once. The gold standard lists up
// to three main events per article; a flood of events is noise, so at most MAX_EVENTS are kept.
import type { Draft } from './types.ts';

export const MAX_EVENTS = 5;

export interface ArticleContext {
  /** The headline ('' when there is none). */
  title: string;
  /** Entity id → its name and number of mentions in the article. */
  entities: ReadonlyMap<string, { name: string; count: number }>;
}

function score(d: Draft, ctx: ArticleContext): number {
  let s = d.first === 0 ? 4 : d.first === 1 ? 3 : d.first === 2 ? 2 : d.first <= 5 ? 1 : 0;
  let most = 0;
  let inTitle = false;
  for (const id of d.participants) {
    const e = ctx.entities.get(id);
    if (!e) continue;
    most = Math.max(most, e.count);
    if (ctx.title !== '' && ctx.title.includes(e.name) && id !== d.place) inTitle = true;
  }
  if (inTitle) s += 3;
  s += Math.min(3, d.mentions.length - 1) + Math.min(3, most / 3);
  if (d.date !== undefined) s += 1;
  // An actor-less named event takes every entity of its sentence: it needs its own evidence.
  if (d.actor === undefined) s -= 1;
  return s;
}

/** The drafts a reader would list, most salient first, at most MAX_EVENTS. */
export function mostSalient(drafts: readonly Draft[], ctx: ArticleContext): Draft[] {
  const scored = drafts.map((d, i) => ({ d, s: score(d, ctx), i }));
  scored.sort((a, b) => b.s - a.s || a.d.first - b.d.first || a.i - b.i);
  return scored.slice(0, MAX_EVENTS).map((x) => x.d);
}

// Matches with their scores: 甲2比0胜乙, 甲1比3负乙, 甲以2:0战胜乙, 甲击败乙, and scoreboard lines
// (南韩 3:6 台湾). The name puts the first-named side's score first, as the text does, and says
// whether it won (胜), lost (负) or drew (战平).
import type { RelationTrigger } from '../relations/verbs.ts';
import { ANY, actorBefore, ids, objectAfter } from './context.ts';
import { found, type Found, type SentenceView } from './types.ts';

const SCORE = /(\d{1,3})\s*(?:比|:|：)\s*(\d{1,3})/gu;
const SCORE_BEFORE = /(\d{1,3})\s*(?:比|:|：)\s*(\d{1,3})\)?[大力完险惜再连]?$/u;
const SCORE_AFTER = /^\s*[,]?以?\s*\(?(\d{1,3})\s*(?:比|:|：)\s*(\d{1,3})/u;

function named(a: string, b: string, score: [number, number] | undefined, aLost: boolean, cue: string): string {
  if (!score) return `${a}${cue}${b}`;
  const [x, y] = score;
  if (x === y) return `${a}${x}比${y}战平${b}`;
  return `${a}${x}比${y}${aLost ? '负' : '胜'}${b}`;
}

/** A match a COMPETES cue states (their table: 击败, 战胜, 胜/负 after a score, 负于, 输给, 不敌). */
export function match(v: SentenceView, tr: RelationTrigger, at: number): Found | undefined {
  const end = at + tr.cue.length;
  const a = actorBefore(v, at, 20, ANY);
  const b = objectAfter(v, end, 4, ANY);
  if (!a || !b || a.entityId === b.entityId) return undefined;
  // A player against a team or a country (某投手险胜某国) is no match of two sides.
  if ((a.type === 'Person') !== (b.type === 'Person')) return undefined;
  const between = v.text.slice(a.end, at);
  const before = SCORE_BEFORE.exec(between) ?? new RegExp(SCORE.source, 'u').exec(between);
  if (tr.shapes.includes('score') && !SCORE_BEFORE.test(between)) return undefined;
  const after = before ? null : SCORE_AFTER.exec(v.text.slice(b.end, b.end + 12));
  const stated = before ?? after;
  const score: [number, number] | undefined = stated ? [Number(stated[1]), Number(stated[2])] : undefined;
  const aLost = tr.reversed === true;
  const cue = tr.cue === '胜' || tr.cue === '负' ? (aLost ? '负' : '胜') : tr.cue;
  return found(a.start, b.end, at, named(a.name, b.name, score, aLost, cue), 'match', ids(a, b), aLost ? b.entityId : a.entityId);
}

/** Scoreboard lines: a side, its score, the other's score and the other side, nothing else between. */
export function scoreMatches(v: SentenceView): Found[] {
  const out: Found[] = [];
  SCORE.lastIndex = 0;
  for (let m = SCORE.exec(v.text); m !== null; m = SCORE.exec(v.text)) {
    const s = m.index;
    const e = s + m[0].length;
    const a = v.mentions.find((x) => x.end <= s && /^\s*$/u.test(v.text.slice(x.end, s)));
    const b = v.mentions.find((x) => x.start >= e && /^\s*$/u.test(v.text.slice(e, x.start)));
    if (!a || !b || a.entityId === b.entityId) continue;
    const x = Number(m[1]);
    const y = Number(m[2]);
    const [w, l, ws, ls] = x >= y ? [a, b, x, y] : [b, a, y, x];
    out.push(found(a.start, b.end, s, named(w.name, l.name, [ws, ls], false, '胜'), 'match', ids(w, l), w.entityId));
  }
  return out;
}

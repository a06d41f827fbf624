// A team right after the competition it plays in (世预赛中国队, 亚洲杯某某队, 欧冠某某队): the
// competition is an event, no part of the team's name, though the tagger and the suffix rule
// read the two as one organization. The team alone, from the competition's end, is the name.
import { candidate, type Candidate } from '../span.ts';
import type { TokenIndex } from '../tokens.ts';

/** Leagues news names by a short form that ends in neither 赛 nor 杯. */
const LEAGUES = new Set([
  '欧冠',
  '亚冠',
  '中超',
  '中甲',
  '英超',
  '西甲',
  '德甲',
  '意甲',
  '法甲',
  '欧联',
  '欧联杯',
  '世预赛',
  '亚运会',
  '奥运会',
  '全运会',
  '世锦赛',
]);
const TEAM = '队'.charCodeAt(0);

/** Teams in `text` (normalized) whose jieba words `words` holds, cut from the competition before them. */
export function teamsAfterCompetitions(text: string, words: TokenIndex): Candidate[] {
  const out: Candidate[] = [];
  for (let e = 1; e <= text.length; e++) {
    if (text.charCodeAt(e - 1) !== TEAM || !words.isBoundary(e)) continue;
    const s = teamStart(words, e);
    if (s > 0 && competitionEndsAt(text, s, words)) out.push(candidate(s, e, 'Organization', text, 'rule', { canonical: text.slice(s, e) }));
  }
  return out;
}

/** jieba tags of a team's name before 队: places and names. */
const NAME_TAGS = new Set(['ns', 'nr', 'nrt', 'nrfg', 'nz', 'nt', 'x', 'j']);
const TEAM_WORDS = new Set(['队', '男队', '女队']);

/** Start of the team whose name ends at `e` (中国队/nt, 卡塔尔|队), or -1. */
function teamStart(words: TokenIndex, e: number): number {
  const last = words.byEnd(e);
  if (last === undefined) return -1;
  if (last.tag === 'nt' && last.word.length >= 3 && !TEAM_WORDS.has(last.word)) return last.start;
  if (!TEAM_WORDS.has(last.word)) return -1;
  const name = words.byEnd(last.start);
  return name !== undefined && NAME_TAGS.has(name.tag) ? name.start : -1;
}

/** `word` names a competition (预赛, 亚洲杯, 欧冠): no part of a team's name after it. */
export function isCompetitionWord(word: string): boolean {
  return word.endsWith('赛') || word.endsWith('杯') || LEAGUES.has(word);
}

/** A competition's name ends at `at`: a listed league, or a word ending in 赛 or 杯 (预赛, 亚洲杯). */
function competitionEndsAt(text: string, at: number, words: TokenIndex): boolean {
  const last = text[at - 1];
  if (last === '赛' || last === '杯') return words.byEnd(at) !== undefined;
  for (let len = 2; len <= 3; len++) if (at - len >= 0 && LEAGUES.has(text.slice(at - len, at)) && words.isBoundary(at - len)) return true;
  return false;
}

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

/**
 * A listed league's two-character name covers the character at [start, end) (中 or 超 of 中超): a
 * piece of it is no country (中 of 中超 is not 中国, 英 of 英超 not 英国).
 */
export function insideLeagueName(text: string, start: number, end: number): boolean {
  if (end - start !== 1) return false;
  for (let s = Math.max(0, end - 2); s <= start; s++) if (LEAGUES.has(text.slice(s, s + 2))) return true;
  return false;
}

/** Titles in a team: who coaches or plays for it (主教练, 队长, 门将 …), longest first. */
const SQUAD_TITLES = ['主教练', '助理教练', '主帅', '教练', '队长', '球员', '门将', '前锋', '后卫', '中场', '外援'];

/**
 * 某某主教练张三, 某某门将李四: a name the tagger read as a person, right before a squad title that
 * is followed by a person, is the team they coach or play for. People have no coaches.
 */
export function teamsBeforeSquadTitles(text: string, statistical: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const personAt = new Set<number>();
  for (const c of statistical) if (c.type === 'Person') personAt.add(c.start);
  if (personAt.size < 2) return out;
  for (const c of statistical) {
    if (c.type !== 'Person') continue;
    const title = SQUAD_TITLES.find((t) => text.startsWith(t, c.end));
    if (title !== undefined && personAt.has(c.end + title.length)) out.push(candidate(c.start, c.end, 'Organization', text, 'rule'));
  }
  return out;
}

// Organizations named by a suffix (…研究院, …办公室, …委员会, …大学…分校, …公司): the suffix word
// is found in nodejieba's segmentation and the name is grown leftwards over noun-like words, so
// 清华大学智能产业研究院 and 国家互联网信息办公室 come out whole while 科技公司 (all common nouns)
// does not.
import { candidate, type Candidate } from '../span.ts';
import type { Token } from '../tokens.ts';
import { PROPER_NOUN_TAGS, isOrdinaryWord } from '../validate.ts';

export const ORG_SUFFIXES = [
  '研究院', '研究所', '研究中心', '实验室', '办公室', '委员会', '联合会', '基金会', '协会', '学会', '大学', '学院', '分校', '中学', '小学',
  '公司', '集团', '银行', '交易所', '法院', '检察院', '检察厅', '电视台', '广播电台', '日报', '晚报', '报社', '通讯社', '新闻网',
  '联盟', '俱乐部', '医院', '事务所', '工作室', '出版社', '部', '局', '署', '厅', '委',
];
const SINGLE_CHAR_SUFFIXES = new Set(['部', '局', '署', '厅', '委']);
/** POS tags a name part may carry: nouns, proper nouns, Latin, numbers of a name (第一). */
const NAME_PART_TAGS = new Set(['n', 'nz', 'nt', 'ns', 'nr', 'nrt', 'nrfg', 'j', 'eng', 'x']);
const PROPER_TAGS = new Set(['nz', 'nt', 'ns', 'nr', 'nrt', 'nrfg', 'j', 'eng', 'x']);
const OFFICIAL_PREFIX = /^(国家|中央|全国|国务院|中国|中华|中共|最高人民|联合国|世界|国际)/;
const LEADING_FUNCTION_CHARS = /^[由在对据与和向从被将把于跟同让为]+/;
const MAX_PARTS = 6;

/** A proper-noun part: 清华大学 or Stanford, not a bare acronym such as AI or IT. */
function isProper(t: Token): boolean {
  return PROPER_TAGS.has(t.tag) && !(t.tag === 'eng' && /^[A-Z]{1,3}$/.test(t.word));
}

/** Last code units of the suffixes: most words end otherwise, and one Set lookup rules them out. */
const SUFFIX_LAST = new Set(ORG_SUFFIXES.map((s) => s.charCodeAt(s.length - 1)));

function suffixOf(word: string): string | undefined {
  if (!SUFFIX_LAST.has(word.charCodeAt(word.length - 1))) return undefined;
  return ORG_SUFFIXES.find((s) => word.endsWith(s));
}

export function suffixOrganizations(text: string, tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k]!;
    const suffix = suffixOf(tok.word);
    if (suffix === undefined) continue;
    // 部门, 局面: a one-character suffix counts only as a whole token of its own (外交部 is cut 外交/部).
    if (SINGLE_CHAR_SUFFIXES.has(suffix) && tok.word.length !== 1) continue;
    let start = tok.start;
    let proper = isProper(tok);
    let parts = 0;
    for (let j = k - 1; j >= 0 && parts < MAX_PARTS; j--) {
      const prev = tokens[j]!;
      if (prev.end !== start || !NAME_PART_TAGS.has(prev.tag) || !/^[\p{Script=Han}A-Za-z0-9]+$/u.test(prev.word)) break;
      const stripped = prev.word.replace(LEADING_FUNCTION_CHARS, '');
      if (stripped.length < prev.word.length) {
        if (stripped.length > 0) {
          start = prev.end - stripped.length;
          proper ||= isProper(prev);
        }
        break;
      }
      start = prev.start;
      proper ||= isProper(prev);
      parts++;
    }
    // Extend to the right over a branch: 加州大学 + 伯克利分校 are one organization.
    let end = tok.end;
    const next = tokens[k + 1];
    const after = tokens[k + 2];
    if (next && after && next.start === end && suffixOf(after.word) === '分校' && after.start === next.end) end = after.end;
    const name = text.slice(start, end);
    // 上市公司 is one word (even tagged nt): its part before the suffix must itself be a name.
    if (start === tok.start && end === tok.end) {
      const head = tok.word.slice(0, tok.word.length - suffix.length);
      if ((tok.tag !== 'nt' && tok.tag !== 'nz') || head.length < 2 || isOrdinaryWord(head, PROPER_NOUN_TAGS)) continue;
    }
    if (name.length < suffix.length + 2) continue;
    if (!proper && !OFFICIAL_PREFIX.test(name)) continue;
    out.push(candidate(start, end, 'Organization', text, 'rule'));
  }
  return out;
}

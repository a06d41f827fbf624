// Companies named in a list that business news closes or opens with their kind: 甲、乙、丙三家公司,
// 甲、乙等车企, 美企甲、乙和丙. Short names of listed companies (A-share names, *ST names) carry no
// suffix and the tagger reads many of them as people or common words; the list's head says what
// they are. Offsets index the normalized text.
import type { Dictionaries } from '../dictionaries.ts';
import { candidate, type Candidate } from '../span.ts';
import type { TokenIndex } from '../tokens.ts';

/** One item of a list: a short name, Han or Latin, an ST mark allowed in front; 和, 及, 与, 等 join items. */
const ITEM = '(?:\\*?ST)?(?:(?![和及与等])[\\p{Script=Han}A-Za-z0-9]){2,8}';
/** Kinds of company a list of names ends or starts with. */
const KIND = '(?:上市公司|公司|企业|车企|药企|房企|险企|银行|券商|科技巨头)';
/** 甲、乙(和丙)(等)(N家)KIND: counted or closed by 等, so the items are the kind's members. */
export const CLOSED_LIST = new RegExp(
  `(${ITEM}(?:、${ITEM})+)(?:(?:和|及|与)(${ITEM}))?(?:等(?:[两二三四五六七八九十\\d]+家)?|[两二三四五六七八九十\\d]+家)(?:上市|涉案|相关)?${KIND}`,
  'gu',
);
/** 美企甲、乙和丙: a kind before a list. */
const OPENED_LIST = new RegExp(`(?:美企|外企|车企|药企|房企|险企|科技巨头)(?:包括|如|像)?(${ITEM}(?:、${ITEM})+)(?:和|及|与)`, 'gu');
/** Grammar glued before the first item (对甲、乙两家公司, 二是对甲). */
const LEADING_GRAMMAR = /^.*[对由在与和将把被向从为是及]/u;
const LAST_ITEM_MAX = 4;

function push(out: Candidate[], text: string, start: number, item: string, dicts: Dictionaries): void {
  if (item.length < 2 || /^\d+$/u.test(item)) return;
  // A place in a list is a place (北京、上海两家交易所 lists where the exchanges are).
  const known = dicts.lexicon.get(item);
  if (known !== undefined && known.type !== 'Organization') return;
  // The list's kind is the evidence: the tagger's piece of an item (思科 of 思科某) does not cut it
  // (a canonical form keeps a rule's say, resolve.ts).
  out.push(candidate(start, start + item.length, 'Organization', text, 'rule', { canonical: item }));
}

/** The items of `list` (at `at`), the first without the grammar glued before it. */
function items(out: Candidate[], text: string, at: number, list: string, dicts: Dictionaries): void {
  let offset = at;
  list.split('、').forEach((raw, k) => {
    const item = k === 0 ? raw.replace(LEADING_GRAMMAR, '') : raw;
    push(out, text, offset + raw.length - item.length, item, dicts);
    offset += raw.length + 1;
  });
}

/** CLOSED_LIST anchored at one offset (same pattern, sticky). */
const CLOSED_LIST_AT = new RegExp(CLOSED_LIST.source, 'uy');
/** The longest list item before its 、: an ST mark and 8 characters. */
const ITEM_MAX = 11;

/** What a closed list is made of: its items' characters, its 、, an ST mark's *. */
const NOT_IN_LIST = /[^\p{Script=Han}A-Za-z0-9*、]/gu;
const DENG = '等'.charCodeAt(0);
const JIA = '家'.charCodeAt(0);

/**
 * Whether a closed list through the 、 at `comma` can end after it: its 等 or its count's 家 then
 * stands before the first character no list holds (most 、 of running text have neither).
 */
function tailAfter(text: string, comma: number): boolean {
  NOT_IN_LIST.lastIndex = comma + 1;
  const end = NOT_IN_LIST.exec(text)?.index ?? text.length;
  for (let i = comma + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === DENG || c === JIA) return true;
  }
  return false;
}

/**
 * The matches text.matchAll(CLOSED_LIST) gives, tried only where one can start: an item of 2 to
 * ITEM_MAX characters (none of them 、) and then a 、, so within ITEM_MAX before a 、. Tried at
 * every offset, the pattern cost more than the rest of the rule pass on text full of 、 lists.
 * A match found at a 、 holds it (it starts after the last match and after every 、 before this
 * one, or an earlier 、 would have found it), so a 、 with no list's end after it (tailAfter) is
 * passed, and so is an offset already tried in vain for the 、 before.
 */
export function closedLists(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0; // matches do not overlap: the next starts at or after the last one's end
  let untried = 0;
  for (let comma = text.indexOf('、'); comma >= 0; comma = text.indexOf('、', comma + 1)) {
    if (!tailAfter(text, comma)) continue;
    for (let at = Math.max(from, untried, comma - ITEM_MAX); at <= comma - 2; at++) {
      CLOSED_LIST_AT.lastIndex = at;
      const m = CLOSED_LIST_AT.exec(text);
      untried = at + 1;
      if (m === null) continue;
      out.push(m);
      from = m.index + m[0].length;
      break;
    }
    if (from > comma) comma = Math.max(comma, text.lastIndexOf('、', from - 1));
  }
  return out;
}

/** Companies named in lists headed or closed by their kind, as organizations. */
export function companyLists(text: string, dicts: Dictionaries, words: TokenIndex): Candidate[] {
  const out: Candidate[] = [];
  // Both lists hold a 、: most texts have none, and the patterns are dear to try at every offset.
  if (!text.includes('、')) return out;
  for (const m of closedLists(text)) {
    items(out, text, m.index, m[1]!, dicts);
    if (m[2] !== undefined) push(out, text, m.index + m[0].indexOf(m[2], m[1]!.length), m[2], dicts);
  }
  for (const m of text.matchAll(OPENED_LIST)) {
    const listAt = m.index + m[0].indexOf(m[1]!);
    items(out, text, listAt, m[1]!, dicts);
    // The last item, after 和: jieba's word there.
    const after = m.index + m[0].length;
    const k = words.startIndex(after);
    const last = k >= 0 ? words.tokens[k]! : undefined;
    if (last !== undefined && last.word.length <= LAST_ITEM_MAX && /^\p{Script=Han}+$/u.test(last.word)) push(out, text, after, last.word, dicts);
  }
  return out;
}

// Bureaus named by two fields joined with 及 (环境及生态局, 财经事务及库务局, 政制及内地事务局), the
// way Hong Kong's policy bureaus and some departments are named. The tagger reads the last field's
// body alone (生态局, 库务局) or nothing, and the suffix rule wants a proper name before such a body;
// the joined fields are the name. Offsets index the normalized text.
import { candidate, type Candidate } from '../span.ts';
import type { TokenIndex } from '../tokens.ts';

/** The bodies such names end in. */
const BUREAU_HEADS = new Set(['局', '署']);
/** What continues 局 or 署 into a common word (局面, 局势, 局限, 署名, 署理): no body's end. */
const NOT_A_HEAD_AFTER = new Set(['面', '势', '限', '名', '理']);
/** Tags of a field's word: a common noun or verbal noun (环境, 财经, 体育); a verb only next to 及 (创新). */
const FIELD_TAGS = new Set(['n', 'vn']);
/**
 * Words that are bodies or people rather than fields (公司及税务局, 市民及房屋局: two things
 * listed), or that end as a body does (某某局, 某某会).
 */
const NOT_FIELDS = new Set([
  '机关',
  '部门',
  '单位',
  '机构',
  '组织',
  '企业',
  '政府',
  '公司',
  '集团',
  '学校',
  '银行',
  '医院',
  '警方',
  '群众',
  '家长',
  '学生',
  '市民',
  '居民',
  '员工',
  '官员',
]);
const BODY_END = /[局署部院校厅会委处所队组司]$/u;
const HAN2 = /^\p{Script=Han}{2}$/u;

function isField(word: string, tag: string, nextToJoiner: boolean): boolean {
  return HAN2.test(word) && (FIELD_TAGS.has(tag) || (nextToJoiner && tag === 'v')) && !NOT_FIELDS.has(word) && !BODY_END.test(word);
}

/** The bureaus in `text` named by fields joined with 及, whose jieba words `words` holds. */
export function joinedBureaus(text: string, words: TokenIndex): Candidate[] {
  const out: Candidate[] = [];
  const tokens = words.tokens;
  for (let j = text.indexOf('及'); j >= 0; j = text.indexOf('及', j + 1)) {
    // 及 starts a word: itself, or an unknown word jieba glued it into (及库务): not 以及, 涉及, 及时.
    const k = words.startIndex(j);
    if (k < 1) continue;
    const alone = tokens[k]!.end === j + 1;
    if (!alone && tokens[k]!.tag !== 'x') continue;
    // After it, a field of two or four characters and the body (库务局, 内地事务局, 经济发展局).
    let end = -1;
    for (const n of [2, 4]) {
      const field = text.slice(j + 1, j + 1 + n);
      const head = text[j + 1 + n];
      if (head === undefined || !BUREAU_HEADS.has(head) || !/^\p{Script=Han}+$/u.test(field) || field.length !== n) continue;
      if (/[局署]/u.test(field) || NOT_A_HEAD_AFTER.has(text[j + 2 + n] ?? '')) continue;
      // The field starts a word (内地|事务局, 库务局) unless glued to 及, and is no person's name; a
      // four-character one is two words.
      const first = words.byStart(j + 1);
      if (alone && (first === undefined || first.tag === 'nr')) continue;
      if (n === 4 && !words.isBoundary(j + 3)) continue;
      end = j + 2 + n;
      break;
    }
    if (end < 0) continue;
    // Before it, one field (创新, 环境) or two (财经|事务), each a word of its own.
    const left = tokens[k - 1]!;
    if (left.end !== j || !isField(left.word, left.tag, true)) continue;
    let start = left.start;
    const before = tokens[k - 2];
    if (before !== undefined && before.end === start && isField(before.word, before.tag, false)) start = before.start;
    // The joined name is the rule's, against the tagger's last field alone (a canonical form keeps it).
    out.push(candidate(start, end, 'Organization', text, 'rule', { canonical: text.slice(start, end) }));
  }
  return out;
}

// What a sentence says around a cue that makes a stated relation unsafe to read: quotation (a third
// party's words), clause bounds, and the words that make it negated, hypothetical, future, a
// question or someone else's wish. Pure helpers over one sentence's text.

/** Clause ends: a relation's two ends and its cue lie in one clause (a score 2:0 or 1,000 is no end). */
const CLAUSE_END = /[，；;：。！!？?\n]|(?<!\d)[,:]|[,:](?!\d)/gu;

/** [start, end) of each clause of `text` (offsets into `text`). */
export function clauses(text: string): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  CLAUSE_END.lastIndex = 0;
  for (let m = CLAUSE_END.exec(text); m !== null; m = CLAUSE_END.exec(text)) {
    out.push([from, m.index]);
    from = m.index + 1;
  }
  out.push([from, text.length]);
  return out;
}

const OPENERS = new Map([
  ['“', '”'],
  ['「', '」'],
  ['『', '』'],
  ['‘', '’'],
  ['﹁', '﹂'],
]);
const CLOSERS = new Set(OPENERS.values());

/**
 * For each offset of `text`, whether it lies inside quotation marks; nested quotes count as one
 * quotation, and an opener never closed quotes to the end of the text.
 */
export function quotedOffsets(text: string): Uint8Array {
  const inside = new Uint8Array(text.length);
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (OPENERS.has(ch)) depth++;
    else if (CLOSERS.has(ch) && depth > 0) {
      depth--;
      continue;
    }
    if (depth > 0) inside[i] = 1;
  }
  return inside;
}

/** A question: a relation asked about is not stated. */
export function isQuestion(sentence: string): boolean {
  return /[？?]\s*$|吗[。！!]?\s*$|是否|能否|可否|会不会|有没有/u.test(sentence);
}

/** A condition anywhere before the cue in its sentence (如果甲会见乙，…). */
export const CONDITION = /如果|假如|倘若|要是|一旦|假若|若是|如若|万一|除非|只要|(?<![若])若(?!干)/u;

/**
 * Between the subject and the cue: negation, modality and the future (未, 没有, 拒绝, 将, 计划,
 * 希望, 可能), and verbs that make the subject someone who asks, invites or lets another act.
 */
export const BLOCKED_GAP =
  /未|没|不|非|无|别|拒绝|否认|将|拟|计划|准备|打算|即将|有望|可能|或|会|要|想|希望|愿|应|需|必须|能|可以|邀请|请|让|使|令|派|呼吁|敦促|鼓励|允许|禁止|阻止|如何|为何|是否|曾经?否/u;

/**
 * Before the subject in its clause: the subject is the object of a request, invitation, wish or
 * denial (邀请甲访华, 希望甲支持乙, 否认甲会见了乙), or the clause is conditional or asked.
 */
export const BLOCKED_LEFT =
  /邀请|请|让|使|令|呼吁|敦促|要求|希望|期待|期盼|欢迎|鼓励|允许|禁止|阻止|反对|拒绝|否认|不会|不能|不要|不再|并不|没有|未|如何|能否|是否|计划|准备|打算|传闻|据传|谣言|假设|设想|担心|担忧|可能/u;

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
/** The same by code unit (all are one): 1 for an opener, 2 for a closer, read once per character. */
const QUOTE_MARKS = new Uint8Array(0x10000);
for (const c of OPENERS.keys()) QUOTE_MARKS[c.charCodeAt(0)] = 1;
for (const c of CLOSERS) QUOTE_MARKS[c.charCodeAt(0)] = 2;

/**
 * A buffer lent to quotedOffsets, so a pass over every sentence allocates no typed array per
 * sentence; the answer is valid until the next call on the same scratch.
 */
export interface QuoteScratch {
  buffer: Uint8Array;
}

/**
 * For each offset of `text`, whether it lies inside quotation marks; nested quotes count as one
 * quotation, and an opener never closed quotes to the end of the text.
 */
export function quotedOffsets(text: string, scratch?: QuoteScratch): Uint8Array {
  let inside: Uint8Array;
  if (scratch === undefined) inside = new Uint8Array(text.length);
  else {
    if (scratch.buffer.length < text.length) scratch.buffer = new Uint8Array(Math.max(text.length, 2 * scratch.buffer.length));
    inside = scratch.buffer.subarray(0, text.length).fill(0);
  }
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const mark = QUOTE_MARKS[text.charCodeAt(i)];
    if (mark === 1) depth++;
    else if (mark === 2 && depth > 0) {
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

/** A condition or an example anywhere before the cue in its sentence (如果甲会见乙，…; 如甲负于乙). */
export const CONDITION =
  /如果|假如|倘若|要是|一旦|假若|若是|如若|万一|除非|只要|例如|比如|譬如|(?<![若])若(?!干)|(?:^|[，,：:；;、\s])如(?![何今此下同实期约果意愿若])/u;

/**
 * Between the subject and the cue: negation, modality and the future (未, 没有, 拒绝, 将, 计划,
 * 希望, 可能), an act planned, arranged or called off (原定, 安排, 推迟, 取消), and verbs that make the subject
 * someone who asks, invites or lets another act.
 */
export const BLOCKED_GAP =
  /未|没|不|非|无|别|拒绝|否认|反对|难|就(?!此)|将|拟|计划|准备|打算|即将|有望|可能|或|会|要|想|希望|愿|应|需|必须|能|可以|邀请|请|让|使|令|派|陪同|呼吁|敦促|鼓励|允许|禁止|阻止|如何|为何|是否|决意|执意|决心|按期|如期|预定|预计|原定|原订|原本|原先|推迟|延期|延后|取消|暂缓|搁置|下月|下个月|下周|下星期|明年|明天|今后|未来|安排(?!下)|《/u;

/**
 * A person or group named in the gap is the actor, not the name before it (美军阵亡士兵家属抗议,
 * 英老兵抗议, 某乐队来华, 厄立特里亚客人会谈): the name only modifies it.
 */
export const HEAD_NOUN_IN_GAP =
  /家属|士兵|老兵|民众|群众|人士|球迷|员工|学生|记者|律师|网友|居民|工人|粉丝|市民|游客|选民|支持者|反对者|示威者|抗议者|家长|夫人|乐队|队|议员|官员|代表|领导人|两国|双方|国家|舆论|媒体|教练|同行|人员|成员|客人|专家|学者|商人|企业家|儿子|女儿|妻子|丈夫|母亲|父亲/u;

/** After the cue, the act is still to come (访华时将…, 访问期间将…). */
export const FUTURE_AFTER = /^(?:时|期间|前|后|之际|之前|之后)?[，,]?[^，,。；]{0,6}?将/u;

/**
 * Before the subject in its clause: the subject is the object of a request, invitation, wish or
 * denial (邀请甲访华, 希望甲支持乙, 否认甲会见了乙), or the clause is conditional or asked.
 */
export const BLOCKED_LEFT =
  /邀请|请|让|使|令|呼吁|敦促|要求|希望|期待|期盼|盼望|欢迎|围绕|干扰|阻挠|祝|有关|关于|相信|坚信|深信|确信|认为|(?<![上中少大])将|派|明年|下月|下个月|下周|今后|未来|鼓励|允许|禁止|阻止|反对|拒绝|否认|不会|不能|不要|不再|并不|没有|未|如何|能否|是否|计划|准备|打算|传闻|据传|谣言|假设|设想|担心|担忧|可能|安排(?!下)/u;

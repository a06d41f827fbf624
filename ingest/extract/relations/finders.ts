// Typed relations read off one sentence's resolved mentions around a cue of the trigger table
// (verbs.ts): who met, called, visited, signed with, criticized, protested to, supported,
// sanctioned, sued, ruled on, attacked or beat whom. Precision first: both ends are mentions of the
// sentence in the cue's clause, in one of the shapes the trigger allows; anything negated, asked,
// conditional, future, wished, quoted or listed beyond three names gives nothing. Every look is
// bounded (a gap, a title, three conjuncts, a clause of MAX_CLAUSE), so a sentence costs time linear
// in its length.
import type { RoleMention } from '../roles/role-patterns.ts';
import { MAX_TITLE_LENGTH, TITLE_MODIFIERS, TITLES } from '../roles/titles.ts';
import { BLOCKED_GAP, BLOCKED_LEFT, CONDITION, FUTURE_AFTER, HEAD_NOUN_IN_GAP, clauses, isQuestion, quotedOffsets, type QuoteScratch } from './context.ts';
import { RELATION_CUE, relationCues, type RelationTrigger, type TriggerShape, type VerbRelationType } from './verbs.ts';

/** One relation as a sentence states it (offsets into the article's text). */
export interface VerbFinding {
  type: VerbRelationType;
  source: string;
  target: string;
  /** Offset of the cue: the sentence's date nearest before it dates the relation. */
  cue: number;
  start: number;
  end: number;
}

/** A clause longer than this is a run-on with no structure to trust (a 5,000-character line). */
const MAX_CLAUSE = 200;
/** Characters between the subject and the cue (时间, 地点, 状语: 上周日出人意料地, 在北京人民大会堂). */
const MAX_GAP = 24;
/** Conjuncts of one end (甲、乙和丙会见了丁): more is a list, not a party. */
const MAX_CONJUNCTS = 3;
/**
 * Prepositions whose object is a place, time or topic, never the actor (在北京会见, 就此…), so the
 * subject is looked for before them. After 对, 向, 为, 给 … the object may be the actor of an
 * embedded clause (对以色列空袭加沙表示谴责): no subject is read across them.
 */
const PREPOSITIONS = new Set([...'在于从自到至经赴']);
const OTHER_PREPOSITIONS = new Set([...'对向为给跟由比随让使令就据']);
const COORDINATORS = /^(?:和|与|同|及|以及|跟|、)$/u;
/** After an object: where the noun phrase may end (会见布林肯一行时, 访问北京期间). */
const OBJECT_END =
  /^(?:[，,；;：:。！!？?\n）)]|一行|等|时|后|之后|以后|前(?:[，,。；;]|夕)|期间|之际|并|就|举行|进行|表示|指出|说|称|强调|介绍|了解|交换|共同|互致|通报|以|$)/u;
/** After a visited place: what a visitor goes there to do (赴北京出席会议). */
const VISIT_END = /^(?:访问|出席|参加|进行|举行|考察|调研|参观|会见|会晤|会谈|工作|开会|视察|出差|旅游|旅行|度假|期间|之行)/u;
/** Types whose object may be followed by anything but 的: the rest of the clause is the charge, sentence or complaint. */
const OPEN_OBJECT = new Set<VerbRelationType>(['RULES', 'SUES', 'CRITICIZES', 'PROTESTS']);
/** After an open object, what shows the name only modifies the object (谴责X发生的兵变, 谴责X3名白人). */
const OPEN_OBJECT_NOT = /^(?:的|发生|境内|国内|[\d一二三四五六七八九十两几数多]+名)/u;
/** The object's name only modifies a person or group after it (指责法国同行). */
const HEAD_NOUN_AFTER = new RegExp(`^(?:${HEAD_NOUN_IN_GAP.source})`, 'u');
/** After a visit's cue, a visit talked about rather than made (访华的准备工作, 访华取得圆满成功, 访华前夕). */
const VISIT_SPOKEN_OF = /^(?:的|取得|一事|前夕|之前|成功)/u;
/** The light verbs of 对/向 + object + verb + cue (对俄罗斯实施制裁, 向美方提出严正交涉). */
const LIGHT_VERB =
  /^(?:进行|实施|发动|实行|宣布|表示|提出|提起|采取|作出|做出|展开|开展|予以|发起|施以)了?(?:强烈|严厉|坚决|正式|国事|工作|友好|官方|进一步|新一轮|大规模|猛烈|全面|严正|空中|军事|导弹|的)*$/u;
/** Between B and the cue of 将 B 列入实体清单 (将华为等多家企业列入…). */
const JIANG_FILLER = /^(?:等[^，。]{0,10})?$/u;
/** 受到/遭到 A 的 (亲切)? cue. */
const RECEIVED_BEFORE = /(?:受到|遭到|获得)了?$/u;
const RECEIVED_BETWEEN = /^的(?:亲切|热情|友好|正式|强烈|严厉)?(?:的)?$/u;
/** A score right before 胜/负 (2比0胜, 以3:1负). */
const SCORE_BEFORE = /以?\s*\d{1,3}\s*(?:比|:|：|-)\s*\d{1,3}\s*$/u;
/** 应邀 / 应某某邀请: an invitation accepted, not pending (马克龙应邀访问…). */
const ACCEPTED_INVITATION = /应约|应(?:[^，。]{0,20}?)?邀(?:请)?/gu;

interface SentenceView {
  text: string;
  /** Offset of the sentence in the article's text. */
  base: number;
  /** The sentence's mentions, offsets into `text`. */
  all: readonly Local[];
  quoted: Uint8Array;
}

/** The quotation marks of the sentence being read (sentenceRelations never nests). */
const QUOTES: QuoteScratch = { buffer: new Uint8Array(1024) };

/** Every relation the sentence states (its mentions in text order, offsets into the article's text). */
export function sentenceRelations(text: string, base: number, mentions: readonly RoleMention[]): VerbFinding[] {
  // Two ends, or one and the 华 of 访华: tested before the cue scan, as many sentences name fewer.
  if (mentions.length < 2 && (mentions.length === 0 || !/访华|来华|赴华|抵华/u.test(text))) return [];
  const cues = relationCues(text);
  if (cues.length === 0) return [];
  if (isQuestion(text)) return [];
  const view: SentenceView = { text, base, all: localized(text, base, mentions), quoted: quotedOffsets(text, QUOTES) };
  const out: VerbFinding[] = [];
  const bounds = clauses(text);
  let clause = 0;
  for (const { at, trigger } of cues) {
    const cueEnd = at + trigger.cue.length;
    while (bounds[clause]![1] <= at) clause++;
    const [cs, ce] = bounds[clause]!;
    if (ce - cs > MAX_CLAUSE || view.quoted[at] === 1 || CONDITION.test(text.slice(0, at))) continue;
    const inClause = view.all.filter((x) => x.s >= cs && x.e <= ce);
    for (const shape of trigger.shapes) {
      const found = readShape(shape, trigger, view, inClause, cs, ce, at, cueEnd);
      if (found.length > 0) {
        // After the act (its object included): a visit still to come or only talked about.
        out.push(
          ...found.filter((f) => {
            const after = text.slice(Math.max(f.end - base, cueEnd));
            return !FUTURE_AFTER.test(after) && !(trigger.type === 'VISITS' && VISIT_SPOKEN_OF.test(after)) && !relativeClause(view, f.end - base, ce);
          }),
        );
        break;
      }
    }
  }
  return out;
}

type Local = RoleMention & { s: number; e: number };

/**
 * The act ends in 的 + a name (陪同来京进行国事访问的法国总统马克龙): it describes that name, whose act
 * it is; the name written before it is not the actor.
 */
function relativeClause(v: SentenceView, from: number, ce: number): boolean {
  const de = /^[^，,。；;：:！!？?]{0,12}?的/u.exec(v.text.slice(from, ce));
  if (de === null) return false;
  const at = from + de[0].length;
  return v.all.some((x) => x.s >= at && x.s <= at + 6);
}

/** Mentions with offsets into the sentence; 中方, 美方: the country's character is the mention, 方 belongs to it. */
function localized(text: string, base: number, mentions: readonly RoleMention[]): Local[] {
  return mentions.map((x) => {
    const s = x.start - base;
    const e = x.end - base;
    // The mention's own fields written out: an object spread per mention cost a generic copy.
    return {
      start: x.start,
      end: x.end,
      entityId: x.entityId,
      type: x.type,
      sentence: x.sentence,
      s,
      e: e - s === 1 && x.type === 'Place' && text.charCodeAt(e) === 0x65b9 /* 方 */ ? e + 1 : e,
    };
  });
}

/** A trigger's `needs` compiled once (a few distinct patterns), not per finding. */
const NEEDS = new Map<string, RegExp>();
function needsPattern(source: string): RegExp {
  let re = NEEDS.get(source);
  if (re === undefined) NEEDS.set(source, (re = new RegExp(source, 'u')));
  return re;
}

function readShape(
  shape: TriggerShape,
  tr: RelationTrigger,
  v: SentenceView,
  ms: readonly Local[],
  cs: number,
  ce: number,
  cue: number,
  cueEnd: number,
): VerbFinding[] {
  if (tr.needs !== undefined && !needsPattern(tr.needs).test(v.text.slice(cueEnd, ce))) return [];
  switch (shape) {
    case 'svo': {
      const passive = passiveAgent(v, ms, cs, cue);
      if (passive !== undefined) return passive.patient === undefined ? [] : emit(tr, v, [passive.agent], [passive.patient], cue, cueEnd, true);
      const subject = subjectBefore(v, ms, cs, cue);
      if (subject === undefined) return [];
      const objects = objectsAfter(v, ms, tr, cueEnd, ce);
      return emit(tr, v, [subject], objects, cue, cueEnd);
    }
    case 'china': {
      const china = ms.find((x) => x.s >= cue && x.e <= cueEnd && x.type === 'Place');
      const subject = subjectBefore(v, ms, cs, cue);
      return subject === undefined || china === undefined ? [] : emit(tr, v, [subject], [china], cue, cueEnd);
    }
    case 'mutual':
      return mutual(tr, v, ms, cs, cue, cueEnd);
    case 'dui':
    case 'xiang':
    case 'jiang':
      return marked(shape, tr, v, ms, cs, cue, cueEnd);
    case 'received': {
      const agent = lastEndingAt(ms, cue, (gap) => RECEIVED_BETWEEN.test(v.text.slice(gap.e, cue)));
      if (agent === undefined) return [];
      const head = chainStart(v, ms, agent);
      const marker = RECEIVED_BEFORE.exec(v.text.slice(cs, head.s));
      if (marker === null) return [];
      const patient = subjectBefore(v, ms, cs, cs + marker.index);
      return patient === undefined ? [] : emit(tr, v, [agent], [patient], cue, cueEnd, true);
    }
    case 'score': {
      const score = SCORE_BEFORE.exec(v.text.slice(Math.max(cs, cue - 12), cue));
      if (score === null) return [];
      const subject = subjectBefore(v, ms, cs, cue - score[0].length);
      const after = v.text.startsWith('于', cueEnd) ? cueEnd + 1 : cueEnd;
      return subject === undefined ? [] : emit(tr, v, [subject], objectsAfter(v, ms, tr, after, ce), cue, cueEnd);
    }
  }
}

/**
 * A one-character mention is an end only as 中方/美方 or as the 华 of 访华: elsewhere a single
 * character read as a country is too often part of another word (川 of 川普, 日 of "(4)日").
 */
function standsAlone(m: Local, cue: number, cueEnd: number): boolean {
  return m.e - m.s > 1 || (m.s >= cue && m.e <= cueEnd);
}

/** Relations from the first-written ends to the second (swapped for reversed triggers), types checked. */
function emit(
  tr: RelationTrigger,
  v: SentenceView,
  first: readonly Local[],
  second: readonly Local[],
  cue: number,
  cueEnd: number,
  agentFirst = false,
): VerbFinding[] {
  const out: VerbFinding[] = [];
  const swap = tr.reversed === true && !agentFirst;
  for (const a0 of first)
    for (const b0 of second) {
      const a = outerPlace(v, a0);
      const b = outerPlace(v, b0);
      const [src, dst] = swap ? [b, a] : [a, b];
      if (src.entityId === dst.entityId || !(tr.source as readonly string[]).includes(src.type) || !(tr.target as readonly string[]).includes(dst.type))
        continue;
      if (!standsAlone(src, cue, cueEnd) || !standsAlone(dst, cue, cueEnd)) continue;
      if (!namesAParty(v, src) || !namesAParty(v, dst)) continue;
      out.push({
        type: tr.type,
        source: src.entityId,
        target: dst.entityId,
        cue: v.base + cue,
        start: v.base + Math.min(a.s, b.s, cue),
        end: v.base + Math.max(a.e, b.e, cueEnd),
      });
    }
  return out;
}

/**
 * Nouns for a part of a named place (中国大陆, 旧金山华埠, 美国本土): the visit or act is the named
 * place's, not the part's.
 */
const PLACE_PART = /^(?:大陆|内地|本土|华埠|唐人街|中国城|全境|境内|本岛)$/u;

/**
 * The place an end right after another place stands for: a part noun (中国大陆) is the place before
 * it; after a one-character place (中 + 美洲: 中美洲) the two are one name the tagger did not know,
 * so the end is that single character, which stands for nothing.
 */
function outerPlace(v: SentenceView, m: Local): Local {
  if (m.type !== 'Place') return m;
  const p = v.all.find((x) => x.e === m.s && x.type === 'Place');
  if (p === undefined) return m;
  return PLACE_PART.test(v.text.slice(m.s, m.e)) || p.e - p.s === 1 ? p : m;
}

/** Prepositions that never begin a name (就菲方, 对美方: glued by the tagger); 向, 由 and 跟 are also surnames. */
const GLUED_PREPOSITION = /^[就对据为给让被把]/u;
const GLUED_PREPOSITION_NOT_PERSON = /^[向跟由]/u;

/** A word the tagger glued to a person's name (称川普, 普京昨, 安倍两人): no clean name, no end. */
const GLUED_TO_PERSON = /^(?:称|说|指|表示)|(?:两人|二人|等人|一行|昨|今)$/u;

/**
 * Whether an end names a party of the act: not a place or body written before a title whose holder
 * is the party (美国总统 + a name the tagger missed, 美国众议院议长), not a name glued to a
 * preposition before it.
 */
function namesAParty(v: SentenceView, m: Local): boolean {
  const name = v.text.slice(m.s, m.e);
  if (GLUED_PREPOSITION.test(name)) return false;
  if (m.type === 'Person') return !GLUED_TO_PERSON.test(name);
  if (GLUED_PREPOSITION_NOT_PERSON.test(name)) return false;
  const title = titleLength(v.text.slice(m.e));
  return title === 0 || v.all.some((x) => x.type === 'Person' && x.s >= m.e + title && x.s <= m.e + title + 1);
}

/** The last mention ending at or before `at` whose following text passes `ok`. */
function lastEndingAt(ms: readonly Local[], at: number, ok: (m: Local) => boolean): Local | undefined {
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i]!;
    if (m.e > at) continue;
    return ok(m) ? m : undefined;
  }
  return undefined;
}

/**
 * The text between two mentions ends a title (美国国务卿布林肯: 国务卿), which may begin inside the
 * first name (巴拿马外交部 + 长 + 莫斯卡: 外交部长), so they are one noun phrase.
 */
function titleBetween(v: SentenceView, p: Local, head: Local): boolean {
  const gap = v.text.slice(p.e, head.s);
  if (gap.length > MAX_TITLE_LENGTH + 4 || /[的和与及、在对向被，,。；;：:！!？?\s]/u.test(gap)) return false;
  // A modifier before the title (前总理, 常务副市长) belongs to it.
  const modifier = TITLE_MODIFIERS.find((x) => gap.startsWith(x) && gap.length > x.length)?.length ?? 0;
  const least = Math.max(gap.length - modifier, 1);
  for (let k = Math.min(head.s - p.s, MAX_TITLE_LENGTH); k >= least; k--) if (TITLES.has(v.text.slice(head.s - k, head.s))) return true;
  return false;
}

/** Length of the title `text` opens with (总统…), longest first; 0 when none. */
function titleLength(text: string): number {
  for (let k = Math.min(text.length, MAX_TITLE_LENGTH); k >= 2; k--) if (TITLES.has(text.slice(0, k))) return k;
  return 0;
}

/** The gap opens with a title (总理后…, 外长公开…): someone unnamed who holds it. */
function startsWithTitle(gap: string): boolean {
  return titleLength(gap) > 0;
}

/** The first mention of the apposition chain ending in `m` (中国外交部长王毅 → 中国). */
function chainStart(v: SentenceView, ms: readonly Local[], m: Local): Local {
  let head = m;
  for (let i = ms.indexOf(m) - 1, hops = 0; i >= 0 && hops < 4; i--, hops++) {
    const p = ms[i]!;
    if (p.e > head.s) continue;
    if (p.e === head.s || (head.type === 'Person' && titleBetween(v, p, head))) head = p;
    else break;
  }
  return head;
}

/** The head of the apposition chain starting with `m` (中国外交部长王毅 → 王毅), with its end. */
function chainHead(v: SentenceView, ms: readonly Local[], m: Local): Local {
  let head = m;
  for (let i = ms.indexOf(m) + 1, hops = 0; i < ms.length && hops < 4; i++, hops++) {
    const n = ms[i]!;
    if (n.s < head.e) continue;
    const adjacentPlace = n.s === head.e && (n.type === head.type || n.type === 'Person');
    if (adjacentPlace || (n.type === 'Person' && n.s > head.e && titleBetween(v, head, n))) head = n;
    else break;
  }
  return head;
}

/** Whether a mention is a preposition's object (在北京, 就此向美方): a circumstance, not an actor. */
function prepositional(v: SentenceView, ms: readonly Local[], m: Local): boolean {
  const s = chainStart(v, ms, m).s;
  // 在这里的王子公园体育场: a place after 在 and a modifier is still where, not who.
  const before = v.text.slice(Math.max(0, s - 12), s);
  return s > 0 && (PREPOSITIONS.has(v.text[s - 1]!) || /在[^，,。；;]{0,8}的$|(?<![现正存实所])在[^，,。；;的与和同跟及、]{1,5}$/u.test(before));
}

/**
 * The actor of the verb at `at`: the nearest mention before it in the clause that is no
 * preposition's object, with nothing between that negates, hedges or hands the act to another.
 */
function subjectBefore(v: SentenceView, ms: readonly Local[], cs: number, at: number): Local | undefined {
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i]!;
    if (m.e > at || m.s < cs) continue;
    if (at - m.e > MAX_GAP) return undefined;
    if (prepositional(v, ms, m)) continue;
    const start = chainStart(v, ms, m).s;
    if (start > 0 && OTHER_PREPOSITIONS.has(v.text[start - 1]!)) return undefined;
    const gap = masked(v, ms, m.e, at).replace(ACCEPTED_INVITATION, '');
    if (BLOCKED_GAP.test(gap) || HEAD_NOUN_IN_GAP.test(gap) || gap.includes('了') || /的|[（(][^）)]*$/u.test(gap.replace(/[（(][^）)]*[）)]/gu, '')))
      return undefined;
    // 中国国务院总理后首次访问: a title with no name after it is the actor, an unnamed holder.
    if (m.type !== 'Person' && startsWithTitle(gap)) return undefined;
    // …举行的国际拳击联合会卫冕战中击败: a name inside a 在…中 phrase opened before it acts in nothing.
    if (/(?:中|上|期间|之际|时|里)$/u.test(gap) && !/[在于]/u.test(gap)) return undefined;
    // 甲率(领)代表团访问: the group is led, its leader is the actor.
    const led = m.type === 'Person' ? null : /(?:率领|带领|率)$/u.exec(v.text.slice(cs, start));
    if (led !== null) return subjectBefore(v, ms, cs, start - led[0].length);
    // 甲携同夫人乙访问, 甲和夫人乙抵达: the spouse goes along; the actor is the one named before.
    const companion = m.type === 'Person' ? COMPANION.exec(v.text.slice(cs, start)) : null;
    if (companion !== null) return subjectBefore(v, ms, cs, start - companion[0].length);
    const left = v.text.slice(cs, start);
    // 甲和乙访问…: a coordinated subject is not read (中共中央政治局委员、外交部长王毅 is one person's titles).
    const coordinated = COORDINATORS.test(v.text.slice(start - 1, start)) && ms.some((x) => x.e === start - 1);
    if (BLOCKED_LEFT.test(left) || coordinated || CUE_BEFORE.test(left)) return undefined;
    return m;
  }
  return topic(v, cs, at);
}

/** Before a spouse who goes along (携同夫人, 偕夫人, 和夫人): the one named before is the actor. */
const COMPANION = /(?:携同|偕同|携|偕|和|与|及|同)(?:其)?(?:夫人|妻子|丈夫)$/u;

/** A name right after a cue is that verb's object, never the next verb's subject (胜阿根廷负于西班牙). */
const CUE_BEFORE = new RegExp(`(?:${RELATION_CUE.source})了?$`, 'u');

/** What may stand before a topic in its own clause: a relative clause (…的), a time, a linking adverb. */
const BEFORE_TOPIC = /(?:^|的|^(?:最终|此后|随后|其后|当天|同日|另外|此外|而|其中)|^[^，,]{0,12}(?:日|月|年))$/u;
/** Between the clause start and the verb when the subject is the topic before the comma (客场1比3不敌). */
const AFTER_TOPIC = /^(?:最终|随后|此后|则|也|还|又|再|在主场|在客场|主场|客场|当天|首次|再次|正式|以?\s*\d{1,3}\s*(?:比|:|：|-)\s*\d{1,3}|[^，,]{0,4}日)*$/u;

/**
 * 上轮排名第二的某队，主场0比2不敌某队: a clause with no name before its verb takes the
 * topic that ends the clause before it, when that clause is only the topic (and what modifies it).
 */
function topic(v: SentenceView, cs: number, at: number): Local | undefined {
  if (cs < 2 || !/[，,]/u.test(v.text[cs - 1]!) || !AFTER_TOPIC.test(v.text.slice(cs, at))) return undefined;
  if (v.all.some((x) => x.s >= cs && x.e <= at)) return undefined;
  const m = v.all.find((x) => x.e === cs - 1);
  if (m === undefined) return undefined;
  const start = chainStart(v, v.all, m).s;
  let ps = start;
  while (ps > 0 && !/[，,；;：:。！!？?\n]/u.test(v.text[ps - 1]!)) ps--;
  let before = v.text.slice(ps, start);
  // Titles before the topic (国务委员兼外长王毅) are part of it.
  for (let cut = true, hops = 0; cut && hops < 4; hops++) {
    cut = false;
    before = before.replace(/[兼、]$/u, '');
    for (let k = Math.min(before.length, MAX_TITLE_LENGTH); k >= 1 && !cut; k--)
      if (TITLES.has(before.slice(before.length - k))) {
        before = before.slice(0, before.length - k);
        cut = true;
      }
  }
  // 王毅抵达莫斯科的俄外交部招待所，与…会谈: a person in the topic's own clause acts there; the
  // place after his verb is no topic.
  if (m.type !== 'Person' && v.all.some((x) => x.type === 'Person' && x.s >= ps && x.e <= start)) return undefined;
  return BEFORE_TOPIC.test(before) && !BLOCKED_LEFT.test(before) ? m : undefined;
}

/** text[from, to) with the names in it replaced by 〇: 人民大会堂 holds no 会 of a modal verb. */
function masked(v: SentenceView, ms: readonly Local[], from: number, to: number): string {
  let out = '';
  let at = from;
  for (const m of ms) {
    if (m.s < at || m.e > to) continue;
    out += v.text.slice(at, m.s) + '〇';
    at = m.e;
  }
  return out + v.text.slice(at, to);
}

/** 乙被甲击败: the agent right after 被 and the patient, the subject before 被. */
function passiveAgent(v: SentenceView, ms: readonly Local[], cs: number, cue: number): { agent: Local; patient: Local | undefined } | undefined {
  const agent = lastEndingAt(ms, cue, (m) => /^(?:所|给)?$/u.test(v.text.slice(m.e, cue)));
  if (agent === undefined) return undefined;
  const s = chainStart(v, ms, agent).s;
  if (s === 0 || v.text[s - 1] !== '被') return undefined;
  return { agent, patient: subjectBefore(v, ms, cs, s - 1) };
}

/**
 * The heads of the noun phrase right after the cue (了/过 and a short 的-modifier allowed first):
 * up to MAX_CONJUNCTS apposition chains joined by 和/与/、, ending where a noun phrase may end.
 */
function objectsAfter(v: SentenceView, ms: readonly Local[], tr: RelationTrigger, from: number, ce: number): Local[] {
  const lead = /^(?:了|过)?(?:[^，。的]{0,10}的(?=[^的]))?/u.exec(v.text.slice(from, Math.min(ce, from + 14)))![0];
  let pos = from;
  let first = ms.find((x) => x.s === pos);
  if (first === undefined && lead !== '') {
    // Only 了/过: a modifier of the object (来访的) stands before it; try the longest reading first.
    for (const cut of [lead.length, /^(?:了|过)?/u.exec(lead)![0].length]) {
      first = ms.find((x) => x.s === from + cut);
      if (first !== undefined) break;
    }
  }
  if (first === undefined) {
    // A title or a party's role before the name (判决被告人X, 会见总统X).
    const after = /^(?:了|过)?/u.exec(v.text.slice(from))![0].length + from;
    first = ms.find((x) => x.type === 'Person' && x.s > after && x.s - after <= MAX_TITLE_LENGTH && roleWord(v.text.slice(after, x.s)));
  }
  if (first === undefined) return [];
  const heads: Local[] = [];
  let m: Local = first;
  for (;;) {
    const head = chainHead(v, ms, m);
    heads.push(head);
    pos = head.e;
    const coord = /^(?:以及|和|与|及|、)/u.exec(v.text.slice(pos, pos + 2));
    const next = coord === null ? undefined : ms.find((x) => x.s === pos + coord[0].length);
    if (next === undefined) break;
    if (heads.length === MAX_CONJUNCTS) return [];
    m = next;
  }
  let rest = v.text.slice(pos, ce + 1);
  // A title after the last name (会见了福雷总统) ends the phrase like the name itself.
  const last = heads[heads.length - 1]!;
  if (last.type === 'Person') rest = rest.slice(titleLength(rest));
  const ends =
    OBJECT_END.test(rest) ||
    pos === ce ||
    (tr.type === 'VISITS' && VISIT_END.test(rest)) ||
    (OPEN_OBJECT.has(tr.type) && !OPEN_OBJECT_NOT.test(rest) && !HEAD_NOUN_AFTER.test(rest));
  return ends ? heads : [];
}

/** What a court, a match or a host calls a person before the name. */
const ROLE_NOUNS = new Set(['被告人', '被告', '原告', '犯罪嫌疑人', '嫌疑人', '罪犯', '选手', '球员', '队员', '棋手']);

/** The words are a title (总统, 外交部长) or a party's role (被告人). */
function roleWord(words: string): boolean {
  return ROLE_NOUNS.has(words) || TITLES.has(words);
}

/** 甲与乙(在北京)举行会谈 / 甲同乙通电话 / 甲和乙签署…协议: 甲 → 乙, two parties exactly. */
function mutual(tr: RelationTrigger, v: SentenceView, ms: readonly Local[], cs: number, cue: number, cueEnd: number): VerbFinding[] {
  let b: Local | undefined;
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i]!;
    if (m.e > cue || m.s < cs) continue;
    if (cue - m.e > MAX_GAP) return [];
    if (!prepositional(v, ms, m) || v.text[chainStart(v, ms, m).s - 1] === '同' || v.text[chainStart(v, ms, m).s - 1] === '跟') {
      b = m;
      break;
    }
  }
  if (b === undefined) return [];
  const gap = masked(v, ms, b.e, cue).replace(ACCEPTED_INVITATION, '');
  // 了 after another verb (共同录下了…通话的画面): the two did something else together.
  if (BLOCKED_GAP.test(gap) || HEAD_NOUN_IN_GAP.test(gap) || gap.replace(/(?:举行|进行|通)了/gu, '').includes('了')) return [];
  const bStart = chainStart(v, ms, b).s;
  // 与到访的俄罗斯外长拉夫罗夫: a short 的-modifier may stand between 与 and the second party.
  const conj = /(?:和|与|同|跟)(?:[^，,。；;的和与同跟]{1,6}的)?$/u.exec(v.text.slice(Math.max(cs, bStart - 10), bStart));
  if (conj === null) return [];
  const conjAt = bStart - conj[0].length;
  const a = lastEndingAt(ms, conjAt, (m) => {
    const gap = v.text
      .slice(m.e, conjAt)
      .replace(/[（(][^）)]*[）)]/gu, '')
      .replace(ACCEPTED_INVITATION, '');
    return gap.length <= 14 && !BLOCKED_GAP.test(gap) && !HEAD_NOUN_IN_GAP.test(gap) && !/[的和与及、，,]/u.test(gap);
  });
  // 王毅，与到访的拉夫罗夫会面: the clause opens with 与, the actor is the topic before the comma.
  if (a === undefined && conjAt === cs) {
    const t = topic(v, cs, cs);
    return t === undefined ? [] : emit(tr, v, [t], [b], cue, cueEnd);
  }
  // 王毅在北京与莫斯卡…, 前往柏林与…: the name before 与 is where, not who; the actor comes before it.
  // 访问青岛并与王毅会谈: the place visited is where, and the visitor is the actor of both verbs.
  if (a === undefined || TRAVEL_BEFORE.test(v.text.slice(Math.max(cs, chainStart(v, ms, a).s - 2), chainStart(v, ms, a).s))) return [];
  const actor = prepositional(v, ms, a) ? subjectBefore(v, ms, cs, chainStart(v, ms, a).s - 1) : a;
  if (actor === undefined) return [];
  const aStart = chainStart(v, ms, actor).s;
  // A third party before 甲 (丙、甲与乙) makes a list: who met whom is not said; 跟(国家主席)甲和乙会面:
  // both are objects of 跟, the two parties of someone else's meeting.
  if (/[、和与及同跟]$/u.test(withoutTitles(v.text.slice(Math.max(cs, aStart - 12), aStart)))) return [];
  // 丙分别同甲和乙通电话: 甲 and 乙 each spoke with 丙, not with each other.
  if (/分别(?:同|与|和|跟)/u.test(v.text.slice(cs, aStart))) return [];
  // 甲和乙(共同)会见了丙: the two acted on a third, they did not meet each other.
  if (objectsAfter(v, ms, tr, cueEnd, Math.min(v.text.length, cueEnd + 40)).length > 0) return [];
  if (BLOCKED_LEFT.test(v.text.slice(Math.min(cs, aStart), aStart))) return [];
  if (v.text.slice(b.e, cue).includes('的') && !/举行了?[^，。]*的$/u.test(v.text.slice(b.e, cue))) return [];
  return emit(tr, v, [actor], [b], cue, cueEnd);
}

/** Right before the first party of 与…会谈: it is a place travelled to (前往柏林与, 访问青岛并与). */
const TRAVEL_BEFORE = /(?:[访抵赴到来去往达]|访问|造访|拜访|出访)$/u;

/** `text` without the titles that end it (跟国家主席 → 跟): what stands before a titled name. */
function withoutTitles(text: string): string {
  let out = text;
  for (let hops = 0; hops < 4; hops++) {
    const k = endingTitle(out);
    if (k === 0) break;
    out = out.slice(0, out.length - k);
    // 委员、外交部长 / 国务委员兼外长: a separator between two titles goes with them.
    if (/[兼、]$/u.test(out) && endingTitle(out.slice(0, -1)) > 0) out = out.slice(0, -1);
  }
  return out;
}

/** Length of the title `text` ends with, longest first; 0 when none. */
function endingTitle(text: string): number {
  for (let k = Math.min(text.length, MAX_TITLE_LENGTH); k >= 2; k--) if (TITLES.has(text.slice(text.length - k))) return k;
  return 0;
}

/** 甲对乙实施制裁 / 甲向乙提出严正交涉 / 甲将乙列入实体清单: the marked object is the target. */
function marked(
  shape: 'dui' | 'xiang' | 'jiang',
  tr: RelationTrigger,
  v: SentenceView,
  ms: readonly Local[],
  cs: number,
  cue: number,
  cueEnd: number,
): VerbFinding[] {
  const marker = { dui: '对', xiang: '向', jiang: '将' }[shape];
  const filler = shape === 'jiang' ? JIANG_FILLER : LIGHT_VERB;
  const b = lastEndingAt(ms, cue, (m) => filler.test(v.text.slice(m.e, cue)));
  if (b === undefined || (shape === 'xiang' && !/^提出/u.test(v.text.slice(b.e, cue)))) return [];
  const bStart = chainStart(v, ms, b).s;
  if (v.text[bStart - 1] !== marker) return [];
  const subject = subjectBefore(v, ms, cs, bStart - 1);
  return subject === undefined ? [] : emit(tr, v, [subject], [b], cue, cueEnd);
}

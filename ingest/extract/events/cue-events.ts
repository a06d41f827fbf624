// Events only the events pass reads (no typed relation says them): announcements and releases by
// an organization or person, speeches, taking and leaving office, elections, inspections, police
// and regulators' actions, ceasefires, clashes, diplomatic ties, spacecraft landings and launches,
// stock listings. Each needs its actor among the sentence's entities; its name is actor + verb
// (+ a short object), never the clause around it.
import type { EntityType } from '../../model.ts';
import { ACTORS, actorBefore, clauseSubject, ids, isLocative, objectAfter, objectPhrase, statedPlace } from './context.ts';
import { titlesAt } from '../rules/name-shapes.ts';
import { found, type EventMention, type Found, type SentenceView } from './types.ts';

type Frame = 'ruling' | 'announce' | 'release' | 'speech' | 'office' | 'inspect' | 'police' | 'ceasefire' | 'clash' | 'ties' | 'spaceflight' | 'listing';

interface Cue {
  kind: string;
  frame: Frame;
}

const CUES: Record<string, Cue> = {};
const add = (frame: Frame, kind: string, words: string): void => {
  for (const w of words.split(' ')) CUES[w] = { kind, frame };
};
add('announce', 'announcement', '宣布 通报 公布 官宣');
add('release', 'release', '发布 推出');
add('speech', 'speech', '发表演讲 发表讲话 发表谈话 发表主旨演讲 发表主题演讲 发表重要讲话 主题演讲 主旨演讲 致辞');
add('office', 'resignation', '卸任 辞职 辞去 请辞');
add('office', 'appointment', '履新 就任 上任 宣誓就职 就职');
add('office', 'election', '当选 胜选 连任');
add('inspect', 'inspection', '调研 视察 考察 参观');
add('police', 'police', '拘捕 逮捕 刑拘 抓获 查处 侦破 破获 立案调查 调查 通缉');
add('ceasefire', 'ceasefire', '停火 停战 休战 停止军事行动 停止敌对行动');
add('ruling', 'ruling', '撤销原判 发回重审 驳回上诉 维持原判 宣判');
add('clash', 'clash', '冲突 交火');
add('ties', 'diplomatic-ties', '建交 建立外交关系 断交 复交');
add('spaceflight', 'spaceflight', '着陆 发射 升空 对接');
add('listing', 'listing', '上市 挂牌 招股');

/** Every cue's fixed start (停止 for 停止…军事行动), for a sentence's quick test. */
export const EVENT_ONLY_WORDS: readonly string[] = [...new Set(Object.keys(CUES).map((w) => (w.startsWith('停止') ? '停止' : w)))];

/** A cue's regex source: 停止在边境的军事行动 is 停止军事行动 with words between. */
const cueSource = (w: string): string => (w.startsWith('停止') ? `停止[^,。;]{0,8}?${w.slice(2)}` : w);
/** The cue a match stands for. */
function cueOf(matched: string): string {
  return matched.startsWith('停止') ? `停止${matched.slice(-4)}` : matched;
}

/** Every cue, longest first (发表主题演讲 before 发表, 立案调查 before 调查). */
const BY_LENGTH = Object.keys(CUES).sort((a, b) => b.length - a.length);
/** One regex over every cue, longest first. */
export const EVENT_ONLY_CUE = new RegExp(BY_LENGTH.map(cueSource).join('|'), 'gu');
/**
 * The cues by their first code unit, in EVENT_ONLY_CUE's order: a literal, or a sticky regex for
 * 停止…军事行动. Where a code unit starts no cue, no alternative of the regex can match.
 */
const CUES_BY_FIRST = new Map<number, (string | RegExp)[]>();
for (const w of BY_LENGTH) {
  const alternative = w.startsWith('停止') ? new RegExp(cueSource(w), 'uy') : w;
  const list = CUES_BY_FIRST.get(w.charCodeAt(0));
  if (list === undefined) CUES_BY_FIRST.set(w.charCodeAt(0), [alternative]);
  else list.push(alternative);
}
/** 1 at the code units a cue starts with: most offsets are refused by one array read. */
const CUE_FIRST = new Uint8Array(0x10000);
for (const c of CUES_BY_FIRST.keys()) CUE_FIRST[c] = 1;

/** The length of the cue EVENT_ONLY_CUE matches at `i`, 0 for none. */
function cueLengthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (CUE_FIRST[c] === 0) return 0;
  for (const a of CUES_BY_FIRST.get(c)!) {
    if (typeof a === 'string') {
      if (text.startsWith(a, i)) return a.length;
      continue;
    }
    a.lastIndex = i;
    const m = a.exec(text);
    if (m !== null) return m[0].length;
  }
  return 0;
}

/**
 * EVENT_ONLY_CUE's matches in `text` ([cue, offset]) by one scan of its code units: the regex tried
 * its alternation of every cue at each offset.
 */
export function eventOnlyCues(text: string): [string, number][] {
  const hits: [string, number][] = [];
  let i = 0;
  while (i < text.length) {
    const n = cueLengthAt(text, i);
    if (n === 0) i++;
    else {
      hits.push([cueOf(text.slice(i, i + n)), i]);
      i += n;
    }
  }
  return hits;
}
/** A released object: a title in 《》 or “”, or a document or a product (发布全员信, 推出新款手机). */
const RELEASED =
  /[》”」]$|(?:信|书|消息|公告|声明|报告|通报|通知|通告|名单|榜单|数据|白皮书|成果|进展|产品|新品|手机|汽车|车型|系列|版本|模型|芯片|计划|方案|规划|指南|意见|办法|政策|预警|警告|指数)$/u;

/** An object that is itself another event's cue (宣布停火, 宣布卸任). */
const CUE_AT_START = new RegExp(`^(?:${EVENT_ONLY_CUE.source})`, 'u');

/** Words after a cue that make it another word (发布会, 上市公司, 调查显示, 冲突中). */
const NOT_AFTER: Partial<Record<Frame, RegExp>> = {
  release: /^(会|时间|日期|的)/u,
  listing: /^(公司|企业|以来|后|前|的|首日|地)/u,
  office: /^(后|以来|前|之初|初期|时|当天|以后|以前|仪式)/u,
  police: /^(显示|发现|结果|报告|组|的|人员)/u,
  spaceflight: /^(场|器|点|区|中心|基地)/u,
  announce: /^(的|称)/u,
};
const NOT_BEFORE: Partial<Record<Frame, RegExp>> = { police: /(据|接受|配合|民意|问卷|抽样)$/u, release: /(新品|产品|新闻|信息|数据)$/u };
const CLASH_VERB = /(爆发|发生|再起|升级为?)[^,。;]{0,14}$/u;
const CEASEFIRE_VERB = /(宣布|同意|提议|呼吁|达成|实现|实施|违反|接受)[^,。;]{0,14}$/u;
const BOTH_SIDES = /(双方|两国)[^,。;]{0,10}$/u;
/** A spacecraft (神舟十八号载人飞船返回舱), then its time and place, then 成功, before the cue. */
const CRAFT = /([\p{Script=Han}A-Za-z0-9]{1,8}号)((?:载人|货运)?(?:飞船|返回舱|火箭|卫星|探测器|空间站|飞行器)*)[^,。;]{0,24}$/u;
/** Words of the clause before a spacecraft's name (将迎来神舟…号): cut off, the name starts after them. */
const BEFORE_CRAFT = /^.*(?:迎来|将|由|的|在|与|和|让|使|把|被|搭载|乘坐)/u;
const PLACES: readonly EntityType[] = ['Place'];
/** The police of a place (上海警方), then whatever stands before the verb (日前). */
const POLICE = /(警方|警察|公安)[^,。;]{0,6}$/u;

/** The two countries a 双方/两国 stands for: the last two places named before this sentence. */
function bothSides(prev: readonly EventMention[]): EventMention[] {
  const out: EventMention[] = [];
  for (let k = prev.length - 1; k >= 0 && out.length < 2; k--) {
    const m = prev[k]!;
    if (m.type === 'Place' && !out.some((o) => o.entityId === m.entityId)) out.unshift(m);
  }
  return out.length === 2 ? out : [];
}

/** The sides of a ceasefire or clash: the non-locative places of the sentence before the cue, else 双方. */
function sides(v: SentenceView, at: number, prev: readonly EventMention[]): EventMention[] {
  if (BOTH_SIDES.test(v.text.slice(Math.max(0, at - 14), at))) {
    const named = bothSides(prev);
    if (named.length === 2) return named;
  }
  const own: EventMention[] = [];
  for (const m of v.mentions) {
    if (m.type !== 'Place' || m.end > at || isLocative(v.text, m) || titlesAt(v.text, m.end).length > 0) continue; // 美国总统川普: his country, not a side
    // 中华人民共和国和巴拿马共和国 after 中国和巴拿马: one country under two names before resolution.
    const same = own.findIndex((o) => o.entityId === m.entityId || o.name.startsWith(m.name) || m.name.startsWith(o.name));
    if (same >= 0) own.splice(same, 1);
    own.push(m);
  }
  return own.slice(-2);
}

function frameEvent(v: SentenceView, cue: string, c: Cue, at: number, prev: readonly EventMention[]): Found | undefined {
  const end = at + cue.length;
  const text = v.text;
  switch (c.frame) {
    case 'announce':
    case 'release': {
      const actor = actorBefore(v, at, 16, ACTORS);
      if (!actor) return undefined;
      const obj = objectPhrase(text, end, c.frame === 'announce' ? 22 : 18);
      if (obj !== undefined && CUE_AT_START.test(obj)) return undefined; // 宣布停火: the ceasefire's own event
      if (c.frame === 'release' && (obj === undefined || !RELEASED.test(obj))) return undefined;
      const name = obj !== undefined ? `${actor.name}${cue}${obj}` : cue === '通报' ? `${actor.name}发布通报` : undefined;
      if (name === undefined) return undefined;
      return found(actor.start, end + (obj?.length ?? 0), at, name, c.kind, ids(actor), actor.entityId);
    }
    case 'ruling': {
      // 撤销原判, 驳回上诉: the court's decision; the relations' table has 判决/裁定 with a party.
      const court = actorBefore(v, at, 40, ['Organization']);
      if (!court) return undefined;
      const stage = /(一审|二审|终审|再审)[^,。;]{0,8}$/u.exec(text.slice(Math.max(0, at - 12), at))?.[1] ?? '';
      const people = v.mentions.filter((m) => m.type === 'Person');
      return found(court.start, end, at, `${court.name}${stage}${cue}`, c.kind, ids(court, ...people), court.entityId);
    }
    case 'speech': {
      const actor = clauseSubject(v, at, 50, ACTORS);
      if (!actor) return undefined;
      const name = `${actor.name}${cue.startsWith('发表') || cue === '致辞' ? cue : `发表${cue}`}`;
      return found(actor.start, end, at, name, c.kind, ids(actor), actor.entityId);
    }
    case 'office': {
      const actor = actorBefore(v, at, 16, ['Person']);
      if (!actor) return undefined;
      const phrase = c.kind === 'appointment' && cue !== '就任' ? '' : (objectPhrase(text, end, 16) ?? '');
      // 卸任立委后…: a post the object starts with is the whole object (what follows is another clause).
      const post = titlesAt(phrase, 0)[0];
      const obj = post !== undefined ? phrase.slice(0, post.length + (phrase.startsWith('职务', post.length) ? 2 : 0)) : phrase;
      return found(actor.start, end + obj.length, at, `${actor.name}${cue}${obj.replace(/职务$/u, '')}`, c.kind, ids(actor), actor.entityId);
    }
    case 'inspect': {
      const actor = clauseSubject(v, at, 30, ['Person']);
      const place = objectAfter(v, end, 2, ['Place', 'Organization']) ?? statedPlace(v, at, 16);
      if (!actor || !place) return undefined;
      return found(actor.start, Math.max(end, place.end), at, `${actor.name}${cue}${place.name}`, c.kind, ids(actor, place), actor.entityId, place.entityId);
    }
    case 'police': {
      // 上海警方: the police of a place are named by it.
      const from = Math.max(0, at - 10);
      const local = POLICE.exec(text.slice(from, at));
      const force = local ? v.mentions.find((m) => m.type === 'Place' && m.end === from + local.index) : undefined;
      const actor = force ?? actorBefore(v, at, 16, ['Organization']);
      if (!actor) return undefined;
      const person = objectAfter(v, end, 6, ['Person', 'Organization']);
      const obj = person ? person.name : objectPhrase(text, end, 14);
      if (obj === undefined) return undefined;
      const name = `${force ? `${actor.name}${local![1]}` : actor.name}${cue}${obj}`;
      return found(actor.start, person ? person.end : end + obj.length, at, name, c.kind, ids(actor, person), actor.entityId);
    }
    case 'ceasefire':
    case 'clash': {
      const verb = (c.frame === 'clash' ? CLASH_VERB : CEASEFIRE_VERB).exec(text.slice(Math.max(0, at - 24), at));
      if (c.frame === 'clash' && !verb) return undefined;
      const two = sides(v, at, prev);
      const agent = actorBefore(v, at, 24, ['Person', 'Organization']);
      const what = c.frame === 'clash' ? `爆发${cue}` : `${verb?.[1] ?? ''}停火`;
      let name: string | undefined;
      if (two.length === 2) name = `${two[0]!.name}${two[1]!.name}${what}`;
      // 川普宣称双方同意停火: the agent reports what the two sides did.
      else if (agent && verb && BOTH_SIDES.test(text.slice(agent.end, at))) name = `${agent.name}称双方${what}`;
      else if (agent && verb) name = `${agent.name}${what}`;
      if (name === undefined) return undefined;
      return found((two[0] ?? agent)!.start, end, at, name, c.kind, ids(agent, ...two), agent?.entityId);
    }
    case 'ties': {
      const two = sides(v, at, prev);
      if (two.length < 2) return undefined;
      return found(two[0]!.start, end, at, `${two[0]!.name}与${two[1]!.name}${cue === '建立外交关系' ? '建交' : cue}`, c.kind, ids(...two), undefined);
    }
    case 'spaceflight': {
      const craft = CRAFT.exec(text.slice(Math.max(0, at - 40), at));
      if (!craft) return undefined;
      const place = statedPlace(v, at, 20);
      const name = `${craft[1]!.replace(BEFORE_CRAFT, '')}${craft[2]}${craft[0].endsWith('成功') ? '成功' : ''}${cue}`;
      const f = found(at - craft[0].length, end, at, name, c.kind, [], undefined, place?.entityId);
      f.takesSentence = true;
      return f;
    }
    case 'listing': {
      const actor = actorBefore(v, at, 12, ['Organization']);
      if (!actor) return undefined;
      const place = statedPlace(v, at, 10) ?? objectAfter(v, end, 0, PLACES);
      return found(actor.start, end, at, `${actor.name}${place ? `在${place.name}` : ''}${cue}`, c.kind, ids(actor), actor.entityId, place?.entityId);
    }
  }
}

/** The event-only events of a sentence; `prev` are the mentions of the sentences before it (for 双方). */
export function cueEvents(v: SentenceView, prev: readonly EventMention[]): Found[] {
  const out: Found[] = [];
  for (const [cue, at] of eventOnlyCues(v.text)) {
    const c = CUES[cue]!;
    if (NOT_AFTER[c.frame]?.test(v.text.slice(at + cue.length, at + cue.length + 4))) continue;
    if (NOT_BEFORE[c.frame]?.test(v.text.slice(Math.max(0, at - 4), at))) continue;
    const f = frameEvent(v, cue, c, at, prev);
    if (!f || f.name.length > 30) continue;
    if (f.place === undefined) {
      const place = statedPlace(v, at);
      if (place) f.place = place.entityId;
    }
    out.push(f);
  }
  return out;
}

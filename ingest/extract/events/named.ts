// Events named in the text by their kind's word: …峰会, …论坛, …发布会, …颁奖典礼, 第N届…奖. A name
// that says nothing without its owner (发布会, 听证会, 签字仪式) takes the owner the sentence
// gives — the organization before it, the subject of 召开/举行, the body it is held in, or the
// person attending it — and is dropped when there is none: a bare 发布会 is no event a reader can use.
import { jiebaTag } from '../ner/index.ts';
import { isHanCode } from '../rules/name-shapes.ts';
import { isSurrogate } from '../code-units.ts';
import { ACTORS, actorBefore, clauseSubject, ids, statedPlace } from './context.ts';
import { found, type EventMention, type Found, type SentenceView } from './types.ts';

export const NAMED_SUFFIXES: readonly (readonly [string, string])[] = [
  ['峰会', 'summit'],
  ['会议', 'meeting'],
  ['会谈', 'meeting'],
  ['会晤', 'meeting'],
  ['大会', 'meeting'],
  ['对话', 'dialogue'],
  ['论坛', 'forum'],
  ['年会', 'forum'],
  ['博览会', 'expo'],
  ['运动会', 'games'],
  ['奥运会', 'games'],
  ['首演', 'premiere'],
  ['首映', 'premiere'],
  ['发布会', 'press-conference'],
  ['记者会', 'press-conference'],
  ['听证会', 'hearing'],
  ['沟通会', 'meeting'],
  ['说明会', 'meeting'],
  ['见面会', 'meeting'],
  ['颁奖典礼', 'award'],
  ['颁奖礼', 'award'],
  ['签字仪式', 'signing'],
  ['签约仪式', 'signing'],
  ['欢迎仪式', 'ceremony'],
  ['专项行动', 'operation'],
];

/** Names that say nothing without an owner: kept only with one. */
const NEEDS_OWNER = new Set([
  '会议',
  '会谈',
  '会晤',
  '大会',
  '对话',
  '峰会',
  '论坛',
  '年会',
  '发布会',
  '新闻发布会',
  '记者会',
  '新闻记者会',
  '听证会',
  '沟通会',
  '说明会',
  '见面会',
  '颁奖典礼',
  '颁奖礼',
  '签字仪式',
  '签约仪式',
  '欢迎仪式',
  '专项行动',
  '电话会议',
  '视频会议',
  '首次会议',
]);
/** Words in front of a kind's word that do not name it (一场小范围的发布会 is still a 发布会). */
const MODIFIERS =
  /^(?:今日|今天|昨日|昨天|明日|明天|当天|当日|周[一二三四五六日]|一场|一次|本次|此次|这次|这场|那场|该|此|本|隆重|热烈|首次|首场|第一次|小范围的|小型|大型|线上|线下|盛大的|隆重的|简短的|新一轮|新一届|年度|例行|临时|视频|电话|联合(?!国)|领袖|首脑|领导人|高层|高级别|双边|多边|部长级)+/u;
/** What joins two parties before talks or a verb (甲同乙举行会晤). */
const JOINS = '与同和跟';
/** Kinds a name owes to its parties (某某与某某的对话), not to words of its own. */
const PARTIES_NAME = /(?:会谈|会晤|对话)$/u;
/** Tags of words that name (places, organizations, people, other proper nouns, abbreviations). */
const PROPER_TAGS = new Set(['ns', 'nt', 'nr', 'nrt', 'nrfg', 'nz', 'j', 'eng']);
/** 高层, 直接, 新品: one common word before the kind's word describes the event (AI安全国际对话, 博鳌论坛 name theirs). */
function describes(words: string): boolean {
  if (/[A-Za-z0-9]/u.test(words)) return false;
  const tags = jiebaTag(words);
  return tags.length === 1 && !PROPER_TAGS.has(tags[0]!.tag);
}
/** Talks are between parties: one party holding talks with no other named (某某举行会谈) is no title. */
const TALKS = /(?:会谈|会晤)$/u;
/** Where the words before a kind's word stop being its name. */
const BOUNDARY =
  /(的|在|了|举行|召开|举办|出席|参加|宣布|将|于|与|和|就|是|同意|参与|为期|通过|并|由|从|到|首次|本次|此次|这次|这一|来到|主持|进行|开展|展开|根据|希望|期待|期望|呼吁|推动|恢复|重启|开启|表示|认为)/gu;
/** Characters after a kind's word that make it part of a longer word (会议室, 大会堂, 对话机制, 论坛网). */
const GOES_ON = new Set([...'室厅堂机纪精主秘代文场馆厂所区网站址费门长'].map((ch) => ch.charCodeAt(0)));
const VERB_BEFORE = /(召开|举行|举办|主办|主持|出席|参加|参与|来到|进行)了?[^,。;召举出参]{0,8}$/u;
/** 几年会, 每年会: 年 of a time word, then 会 "will". */
const NOT_YEAR_MEETING = /[几每今明去前后多数近]$/u;
/** 各领域…对话, 多场论坛: a quantifier names no event. */
const QUANTIFIER = /^(?:[各多某每诸]|两国|双方|各方|有关|相关)/u;
/** 在发布会上, 国家天文台台长严俊…: the body whose official speaks at it owns it. */
const AT_IT = /^上[,:]?/u;
/** Briefings, which the body whose official speaks at them holds. */
const BRIEFING = /(?:发布会|记者会|说明会|沟通会|见面会)$/u;
const ATTENDS = /(出席|参加|参与|来到)了?[^,。;召举出参]{0,8}$/u;
const JOIN_GAP = 8;
const AWARD = /第[0-9一二三四五六七八九十百零]{1,4}届[\p{Script=Han}A-Za-z0-9]{1,12}?(?:奖|节)(颁奖典礼|颁奖礼|典礼)?/gu;
const AWARD_CUE = /^[^。;]{0,20}?(颁奖|举行|举办|登场|揭晓|落幕|开幕)/u;

/** A-Z, a-z, 0-9 by code unit. */
function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
/** A character of an event's name: Han, Latin letters, digits, the dot and the quotes a name keeps (“破案会战”). */
function isNameCode(c: number): boolean {
  return isHanCode(c) || isAsciiAlnum(c) || c === 0x2022 || c === 0x201c || c === 0x201d || c === 0x300c || c === 0x300d || isSurrogate(c);
}

/** The kinds' words by their first code unit, longest first: one scan of a sentence finds them all. */
const SUFFIXES_BY_FIRST = new Map<number, (readonly [string, string])[]>();
for (const entry of [...NAMED_SUFFIXES].sort((a, b) => b[0].length - a[0].length)) {
  const list = SUFFIXES_BY_FIRST.get(entry[0].charCodeAt(0));
  if (list === undefined) SUFFIXES_BY_FIRST.set(entry[0].charCodeAt(0), [entry]);
  else list.push(entry);
}
/** 1 at the code units a kind's word starts with. */
const SUFFIX_FIRST = new Uint8Array(0x10000);
for (const c of SUFFIXES_BY_FIRST.keys()) SUFFIX_FIRST[c] = 1;

interface Hit {
  start: number;
  end: number;
  kind: string;
}

/** Spans of the kind words of a sentence, a further kind word shortly after joining the name (对话首次会议). */
function kindWords(text: string): Hit[] {
  // Every occurrence of every kind's word, by start, the longest first where two start together.
  const hits: Hit[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (SUFFIX_FIRST[c] === 0) continue;
    for (const entry of SUFFIXES_BY_FIRST.get(c)!) if (text.startsWith(entry[0], i)) hits.push({ start: i, end: i + entry[0].length, kind: entry[1] });
  }
  const out: Hit[] = [];
  for (let k = 0; k < hits.length; k++) {
    const hit = hits[k]!;
    if (out.length > 0 && hit.start < out[out.length - 1]!.end) continue; // 新闻发布会 holds 发布会 once
    let end = hit.end;
    while (
      k + 1 < hits.length &&
      hits[k + 1]!.start >= end &&
      hits[k + 1]!.start - end <= JOIN_GAP &&
      /^[\p{Script=Han}A-Za-z0-9]*$/u.test(text.slice(end, hits[k + 1]!.start))
    ) {
      end = hits[++k]!.end;
    }
    if (GOES_ON.has(text.charCodeAt(end))) continue;
    out.push({ start: hit.start, end, kind: hit.kind });
  }
  return out;
}

/** The name's start: back over name characters, then after the last word that is not its name. */
function nameStart(text: string, at: number): number {
  let s = at;
  while (s > 0 && at - s < 24 && isNameCode(text.charCodeAt(s - 1))) s--;
  const prefix = text.slice(s, at);
  let cut = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(prefix); m !== null; m = BOUNDARY.exec(prefix)) cut = m.index + m[0].length;
  s += cut;
  // An unpaired quote left at the start belongs to the words before.
  if (text[s] === '”' || text[s] === '」') s++;
  return s;
}

/** Who owns a name; every field is set, so all readings have one shape (see types.ts's Found). */
class Owner {
  owner: EventMention | undefined;
  /** 甲同乙举行会晤: the 乙 after 与/同/和/跟, and that word. */
  guest: EventMention | undefined = undefined;
  join: string | undefined = undefined;
  /** Found after the name (发布会上,某某表示): enough to own a bare name only. */
  weak = false;
  /** The verb whose subject the owner is (召开, 举行): the name says it (市公安局召开…新闻发布会). */
  verb: string | undefined = undefined;
  attendee: EventMention | undefined = undefined;
  /** 甲为乙举行欢迎仪式: the host 甲 for the honoured 乙 (the owner). */
  host: EventMention | undefined = undefined;
  constructor(owner?: EventMention) {
    this.owner = owner;
  }
}

/** The subject of the verb before a name, unless it is the counterpart of 与/同/和 or the honoured of 为. */
function subjectOf(v: SentenceView, verbAt: number): Owner {
  const person = actorBefore(v, verbAt, 48, ACTORS);
  // 某某回国两周年,某公司选在这天举行发布会: the organization in the verb's own clause holds it,
  // not a person named in a clause before.
  const body = person?.type === 'Person' ? actorBefore(v, verbAt, 48, ['Organization']) : undefined;
  const subject = body !== undefined && body.start > person!.end && /[,;，；]/u.test(v.text.slice(person!.end, body.start)) ? body : person;
  if (!subject) return new Owner();
  const before = v.text[subject.start - 1];
  if (before === '为') {
    const host = actorBefore(v, subject.start - 1, 12, ACTORS);
    return host ? Object.assign(new Owner(subject), { host }) : new Owner();
  }
  if (before !== undefined && JOINS.includes(before)) {
    // 同某某举行会晤: the one named after 同 is the guest; the clause's subject is the host.
    const other = clauseSubject(v, subject.start - 1, 60, ACTORS);
    return other && other.entityId !== subject.entityId ? Object.assign(new Owner(other), { guest: subject, join: before }) : new Owner();
  }
  return new Owner(subject);
}

/** The entity owning a name: named inside it, the subject of 召开/举行, the body it is held in, or who speaks at it. */
function owner(v: SentenceView, s: number, end: number): Owner {
  const inside = v.mentions.find((m) => m.start >= s && m.end <= end && m.type !== 'Place');
  if (inside) return new Owner(inside);
  const before = v.text.slice(Math.max(0, s - 14), s);
  const verb = VERB_BEFORE.exec(before);
  const verbAt = verb ? s - (before.length - verb.index) : s;
  if (verb && ATTENDS.test(before)) {
    const subject = actorBefore(v, verbAt, 48, ACTORS);
    const body = v.mentions.find((m) => m.end <= verbAt && m.type === 'Organization' && /在$/u.test(v.text.slice(0, m.start)));
    return Object.assign(new Owner(body), { attendee: subject });
  }
  // 中国气象局新闻发布会 / 中国气象局召开新闻发布会: the organization right before it, or the verb's subject.
  const adjacent = v.mentions.find((m) => m.end === s && m.type !== 'Place');
  if (adjacent) return new Owner(adjacent);
  if (verb) {
    const who = subjectOf(v, verbAt);
    // 在北京举办的某论坛: the verb modifies the name; only a subject right before it owns it.
    if (/^了?的/u.test(before.slice(verb.index + verb[1]!.length)) && who.owner && verbAt - who.owner.end > 3) return new Owner();
    who.verb = verb[1]!;
    return who;
  }
  // Whoever speaks at a forum or a summit does not hold it (主题为…的论坛上介绍): only a briefing's.
  if (AT_IT.test(v.text.slice(end, end + 2)) && BRIEFING.test(v.text.slice(s, end))) {
    const speaker =
      v.mentions.find((m) => m.start >= end && m.start - end <= 24 && m.type === 'Organization') ??
      v.mentions.find((m) => m.start >= end && m.start - end <= 24 && m.type === 'Person');
    if (speaker) return Object.assign(new Owner(speaker), { weak: true });
  }
  return new Owner();
}

/** Named events of one sentence. */
export function namedEvents(v: SentenceView): Found[] {
  const out: Found[] = [];
  const text = v.text;
  for (const hit of kindWords(text)) {
    const s = nameStart(text, hit.start);
    const own = text.slice(s, hit.end);
    if (QUANTIFIER.test(own) || (text.startsWith('年会', hit.start) && NOT_YEAR_MEETING.test(text.slice(0, hit.start)))) continue;
    const stripped = own.replace(MODIFIERS, '');
    const nameStartsAt = s + (own.length - stripped.length);
    let name = stripped;
    const place = statedPlace(v, s);
    let actor: EventMention | undefined;
    const guests: EventMention[] = [];
    let refersTo: string | undefined;
    let proper = false;
    if (hit.kind === 'premiere') {
      const work = /《[^》]{1,20}》/u.exec(text);
      if (!work || work.index > hit.start) continue;
      name = `${work[0]}${text.slice(hit.end - 2, hit.end)}`;
    } else {
      // 与某某会晤 whose first party the sentence does not name: the talks have one party, no title.
      if (PARTIES_NAME.test(stripped) && nameStartsAt > 0 && JOINS.includes(text[nameStartsAt - 1]!)) continue;
      const who = owner(v, nameStartsAt, hit.end);
      // A name with a proper noun in it (美中人工智能会谈, 华为秋季全场景新品发布会) or words of its own
      // (AI安全峰会, 投资者沟通会) is the text's own name for it; the owner, if any, takes part.
      const inside = v.mentions.some((m) => m.start >= nameStartsAt && m.end <= hit.end);
      // One common word of its own and no proper noun (高层对话, 直接会谈, 新品发布会) describes the
      // event, it does not name it: like a bare 发布会, it needs an owner.
      const ownWords = stripped.slice(0, stripped.length - (hit.end - hit.start));
      const bare = NEEDS_OWNER.has(stripped) || ownWords.length < 2 || (!inside && describes(ownWords));
      proper = !bare || inside;
      if (who.weak && !bare) who.owner = undefined;
      if (inside) name = stripped;
      else if (who.guest && who.owner)
        name = `${who.owner.name}${who.join ?? '同'}${who.guest.name}${who.verb === '举行' || who.verb === '进行' ? '' : (who.verb ?? '')}${name}`;
      else if (proper && who.verb !== undefined && who.owner && !who.host) {
        if (TALKS.test(stripped)) continue;
        name = `${who.owner.name}${who.verb}${name}`;
      }
      // 签字仪式, 欢迎仪式 say whose only through who attends them (习近平出席合作文件签字仪式).
      else if (proper && who.attendee && (hit.kind === 'signing' || hit.kind === 'ceremony')) {
        const a = who.attendee;
        const co = '和与同及'.includes(text[a.start - 1] ?? '') ? v.mentions.find((m) => m.type === 'Person' && m.end === a.start - 1) : undefined;
        name = `${co ? `${co.name}${text[a.start - 1]}` : ''}${a.name}出席${stripped}`;
        if (co) guests.push(co);
      } else if (proper) name = stripped;
      else if (who.host && who.owner) name = `${who.host.name}为${who.owner.name}举行${name}`;
      else if (who.owner && who.verb !== undefined) {
        if (TALKS.test(stripped)) continue;
        name = `${who.owner.name}${who.verb}${name}`;
      } else if (who.owner) name = `${who.owner.name}${name}`;
      else if (who.attendee) {
        name = `${who.attendee.name}出席${name}`;
        refersTo = stripped;
      } else if (place && NEEDS_OWNER.has(stripped)) name = `${place.name}${name}`;
      else continue;
      actor = who.host ?? who.owner ?? who.attendee;
      if (who.host && who.owner) guests.push(who.owner);
      if (who.guest) guests.push(who.guest);
    }
    if (name.length > 30) continue;
    const f = found(s, hit.end, s, name, hit.kind, ids(actor, ...guests), actor?.entityId, place?.entityId);
    f.takesSentence = true;
    f.refersTo = refersTo;
    f.proper = proper;
    out.push(f);
  }
  AWARD.lastIndex = 0;
  for (let m = AWARD.exec(text); m !== null; m = AWARD.exec(text)) {
    if (m[1] === undefined && !AWARD_CUE.test(text.slice(m.index + m[0].length))) continue;
    if (out.some((f) => f.kind === 'award' && f.start <= m!.index + m![0].length && f.end >= m!.index)) {
      // 第26届金曲奖颁奖典礼 is found once, by its award name.
      for (let k = out.length - 1; k >= 0; k--)
        if (out[k]!.kind === 'award' && out[k]!.end >= m.index && out[k]!.start <= m.index + m[0].length) out.splice(k, 1);
    }
    const name = m[1] === undefined ? `${m[0]}颁奖典礼` : m[0];
    const place = statedPlace(v, m.index + m[0].length + 8) ?? v.mentions.find((x) => x.type === 'Place' && x.start > m!.index && isLocativeAfter(text, x));
    const f = found(m.index, m.index + m[0].length, m.index, name, 'award', [], undefined, place?.entityId);
    f.takesSentence = true;
    out.push(f);
  }
  return out;
}

function isLocativeAfter(text: string, m: EventMention): boolean {
  return /[在于]$/u.test(text.slice(Math.max(0, m.start - 1), m.start));
}

// Events a relation verb states (甲会见乙, 甲同乙举行会谈, 甲抵达X, 法院一审判决乙): the verbs and
// their sentence shapes come from the typed relations' one table (relations/verbs.ts); this module
// only reads the ends the way an event needs them and names the event after them.
import { relationCues, type RelationTrigger } from '../relations/verbs.ts';
import { ACTORS, ANY, actorBefore, clauseSubject, ids, objectAfter, objectPhrase, statedPlace } from './context.ts';
import { match, scoreMatches } from './matches.ts';
import { titlesAt } from '../rules/name-shapes.ts';
import { FACILITY_SUFFIXES } from '../rules/organization-rules.ts';
import { found, type EventMention, type Found, type SentenceView } from './types.ts';

/** The relation kinds a reader titles as events; support, criticism and protest stay relations. */
const EVENT_KINDS = new Set(['match', 'meeting', 'call', 'visit', 'signing', 'ruling', 'attack', 'sanction', 'lawsuit']);
const MUTUAL = /(与|同|和|跟)/gu;
const SEQUEL = /(另|又|还|随后|同日|当天|当日|其后|之后)[^,。;]{0,6}$/u;
const OTHER_CLAUSE = /[,;:并而后再]/u;
const STAGE = /(一审|二审|终审|再审|重审)$/u;
const PLACES = ['Place'] as const;

/**
 * Between the actor and the verb: a meeting wished, agreed to, refused or denied (同意与某某会面,
 * 愿与某某会谈), not one that took place. A scheduled one (将于下周会见) is still an event.
 */
const UNREAL = /未|没有|没|不|拒绝|否认|同意|愿|希望|想|寻求|要求|呼吁|邀请|提议|可能|是否|能否/u;

/** A 与/同/和 B … cue: the pair, B being the last entity before the cue (its modifiers come first). */
function mutualPair(v: SentenceView, at: number, tr: RelationTrigger): [EventMention, EventMention] | undefined {
  const from = Math.max(0, at - 40);
  const span = v.text.slice(from, at);
  let join = -1;
  MUTUAL.lastIndex = 0;
  for (let m = MUTUAL.exec(span); m !== null; m = MUTUAL.exec(span)) join = from + m.index;
  if (join < 0) return undefined;
  // Leaders and bodies meet and call; countries are their parties only where nothing else is named.
  const types = tr.event === 'meeting' || tr.event === 'call' ? ACTORS : ANY;
  const b = actorBefore(v, at, 36, types);
  const a = clauseSubject(v, join, 60, types);
  if (!a || !b || b.start < join || a.entityId === b.entityId) return undefined;
  return [a, b];
}

/** 会见访华的德国总理朔尔茨: a visit written as a modifier (…的) belongs to the person it modifies. */
const MODIFIES = /^(?:了?进行[^,。;]{0,6}?)?的/u;

function visit(v: SentenceView, cue: string, at: number, end: number, tr: RelationTrigger): Found | undefined {
  const modifier = MODIFIES.exec(v.text.slice(end, end + 8));
  const visitor = (modifier ? objectAfter(v, end + modifier[0].length, 14, ['Person']) : undefined) ?? actorBefore(v, at, 30, ['Person', 'Organization']);
  if (!visitor) return undefined;
  if (tr.shapes.includes('china')) {
    const china = v.mentions.find((m) => m.start >= at && m.end <= end);
    return found(visitor.start, end, at, `${visitor.name}访华`, 'visit', ids(visitor, china), visitor.entityId, china?.entityId);
  }
  // 对德国进行正式访问: the country is before the cue.
  const dui = /对([^,。;]{1,12}?)进行(?:了)?(?:国事|正式|工作|友好|私人|官方)*$/u.exec(v.text.slice(Math.max(0, at - 24), at));
  const place = dui ? v.mentions.find((m) => m.type === 'Place' && m.start >= at - dui[0].length && m.end <= at) : objectAfter(v, end, 1, PLACES);
  if (!place || place.start < visitor.end) return undefined;
  // 前往松山机场, 抵达某体育场: a trip to a facility (to see someone off, to play) is no visit a reader titles.
  if (FACILITY_SUFFIXES.some((suffix) => place.name.endsWith(suffix))) return undefined;
  const verb = cue === '赴' ? '前往' : dui ? '访问' : cue;
  return found(
    visitor.start,
    Math.max(end, place.end),
    at,
    `${visitor.name}${verb}${place.name}`,
    'visit',
    ids(visitor, place),
    visitor.entityId,
    place.entityId,
  );
}

function ruling(v: SentenceView, cue: string, at: number, end: number): Found | undefined {
  const court = actorBefore(v, at, 24, ['Organization']);
  if (!court) return undefined;
  const stage = STAGE.exec(v.text.slice(Math.max(0, at - 2), at))?.[1] ?? '';
  const party = objectAfter(v, end, 6, ['Person']);
  const what = party ? party.name : (objectPhrase(v.text, end, 10) ?? '');
  if (what === '' && stage === '') return undefined; // 逕行判决: a ruling with neither stage nor party says nothing
  // The parties of a ruling are the people its sentence names (对王建国的死刑裁定).
  const people = v.mentions.filter((m) => m.type === 'Person');
  return found(court.start, party ? party.end : end, at, `${court.name}${stage}${cue}${what}`, 'ruling', ids(court, party, ...people), court.entityId);
}

/** Events stated by one relation verb at `at`; undefined when its ends are not entities of the sentence. */
function verbEvent(v: SentenceView, tr: RelationTrigger, at: number): Found | undefined {
  const end = at + tr.cue.length;
  if (tr.event === 'visit') return visit(v, tr.cue, at, end, tr);
  if (tr.event === 'ruling') return ruling(v, tr.cue, at, end);
  if (tr.event === 'match') return match(v, tr, at);
  if (tr.shapes.includes('mutual')) {
    const pair = mutualPair(v, at, tr);
    if (pair) {
      const [a, b] = pair;
      if (UNREAL.test(v.text.slice(a.end, at))) return undefined;
      const doc = tr.event === 'signing' ? objectPhrase(v.text, end, 14) : '';
      if (tr.event === 'signing' && doc === undefined) return undefined;
      return found(a.start, end, at, `${a.name}同${b.name}${tr.cue}${doc}`, tr.event, ids(a, b), a.entityId);
    }
  }
  if (tr.shapes.includes('svo') || tr.shapes.includes('dui')) {
    const a = clauseSubject(v, at, 24, tr.event === 'attack' || tr.event === 'sanction' ? ANY : ACTORS);
    let b = objectAfter(v, end, 12, tr.target.includes('Person') ? ['Person', 'Organization', 'Place'] : tr.target);
    // 会晤拉脱维亚总理某某: the person after the title, not the country.
    if (b && b.type === 'Place' && titlesAt(v.text, b.end).length > 0) b = objectAfter(v, b.end, 12, ['Person']);
    if (!a || !b || a.entityId === b.entityId || UNREAL.test(v.text.slice(a.end, at))) return undefined;
    // 会晤并结束对拉脱维亚的访问: the object is in the next clause; people meet people, not countries.
    if (OTHER_CLAUSE.test(v.text.slice(end, b.start)) || ((tr.event === 'meeting' || tr.event === 'call') && b.type === 'Place')) return undefined;
    return found(a.start, b.end, at, `${a.name}${tr.cue}${b.name}`, tr.event, ids(a, b), a.entityId);
  }
  return undefined;
}

/** The relation-verb events of a sentence, with the place stated before the verb and the sequel flag. */
export function verbEvents(v: SentenceView): Found[] {
  const out: Found[] = [...scoreMatches(v)];
  for (const { at, trigger: tr } of relationCues(v.text)) {
    if (!EVENT_KINDS.has(tr.event)) continue;
    const f = verbEvent(v, tr, at);
    if (!f) continue;
    const place = f.place === undefined ? statedPlace(v, at) : undefined;
    if (place) f.place = place.entityId;
    if (SEQUEL.test(v.text.slice(Math.max(0, at - 12), at))) f.sequel = true;
    if (f.name.length <= 30) out.push(f);
  }
  return out;
}

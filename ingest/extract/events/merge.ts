// One happening, one event: drafts of an article of the same kind whose dates agree (equal, or one
// more precise than the other, or one undated) and that name the same happening — one name
// inside the other, or the same actor with the same counterpart (a trip is one visit whatever
// places it passes through) — become one event with every mention.
import type { Draft } from './types.ts';

function datesAgree(a: string | undefined, b: string | undefined): boolean {
  return a === undefined || b === undefined || a.startsWith(b) || b.startsWith(a);
}

/** Days between two dates of day precision, or undefined when either is less precise. */
function daysApart(a: string | undefined, b: string | undefined): number | undefined {
  if (a?.length !== 10 || b?.length !== 10) return undefined;
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}
/** A trip's stops are a few days apart (抵达西安 on one day, 访问北京 the next). */
const TRIP_DAYS = 7;

function others(d: Draft): string[] {
  return d.participants.filter((p) => p !== d.actor && p !== d.place);
}

function sameHappening(a: Draft, b: Draft): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'visit' && a.actor !== undefined && a.actor === b.actor && (daysApart(a.date, b.date) ?? Infinity) <= TRIP_DAYS) return true;
  if (!datesAgree(a.date, b.date)) return false;
  if (a.name.includes(b.name) || b.name.includes(a.name)) return true;
  // 甲会见乙 and 乙与甲会面; 中国与巴拿马建交 told twice: the same parties.
  const pa = a.participants.filter((p) => p !== a.place);
  const pb = b.participants.filter((p) => p !== b.place);
  if (pa.length >= 2 && pa.length === pb.length && pa.every((p) => pb.includes(p))) return true;
  if (a.actor === undefined && b.actor === undefined) return pa.some((p) => pb.includes(p));
  // 中德政府磋商 and 中德第七轮政府磋商: one named meeting with a party in common.
  if (a.proper === true && b.proper === true && a.name.slice(-4) === b.name.slice(-4) && pa.some((p) => pb.includes(p))) return true;
  if (a.actor === undefined || a.actor !== b.actor) return false;
  // A trip is one visit whatever places it passes; an owner's 沟通会 is one 沟通会, however it is named.
  if (a.kind === 'visit' || a.name.slice(-3) === b.name.slice(-3)) return true;
  const oa = others(a);
  const ob = others(b);
  return oa.length === 0 || ob.length === 0 || oa.some((p) => ob.includes(p));
}

/** The article's drafts, each happening once; the first draft's name stays (the earliest statement). */
export function mergeDrafts(drafts: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const same = out.find((o) => sameHappening(o, d));
    if (!same) {
      out.push({
        id: d.id,
        name: d.name,
        kind: d.kind,
        participants: [...d.participants],
        mentions: [...d.mentions],
        date: d.date,
        dateText: d.dateText,
        place: d.place,
        actor: d.actor,
        proper: d.proper,
        planned: d.planned,
        quoted: d.quoted,
        first: d.first,
      });
      continue;
    }
    same.participants = [...new Set([...same.participants, ...d.participants])];
    same.mentions.push(...d.mentions);
    same.place ??= d.place;
    if (d.date !== undefined && (same.date === undefined || d.date.length > same.date.length)) {
      same.date = d.date;
      if (d.dateText !== undefined) same.dateText = d.dateText;
    }
    same.first = Math.min(same.first, d.first);
    if (d.proper) same.proper = true;
    // Quoted or planned only while every statement of it is.
    if (!d.quoted) same.quoted = false;
    if (!d.planned) same.planned = false;
  }
  return out;
}

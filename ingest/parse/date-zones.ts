// Time zones of publication times. A Chinese news page rarely names its zone; when it does it says
// 北京时间, 台北時間, HKT, GMT+8 or gives an ISO offset. A time with no zone is Beijing time (the
// corpus's default, Asia/Shanghai). Named zones are IANA names, so a zone with summer time
// (美东时间) gets the offset in force on that day; offsets come from Intl, not from a table here.

/** The zone of a time that states none. */
export const DEFAULT_ZONE = 'Asia/Shanghai';

/** Zone words as pages write them (simplified and traditional), each with its IANA zone. */
const NAMED_ZONES: readonly [RegExp, string][] = [
  [/北京[时時][间間]|中[国國][标標]准[时時][间間]/u, 'Asia/Shanghai'],
  [/[台臺](?:北|湾|灣)[时時][间間]/u, 'Asia/Taipei'],
  [/香港[时時][间間]|\bHKT\b/u, 'Asia/Hong_Kong'],
  [/澳[门門][时時][间間]/u, 'Asia/Macau'],
  [/新加坡[时時][间間]|\bSGT\b/u, 'Asia/Singapore'],
  [/(?:东京|東京|日本)[时時][间間]|\bJST\b/u, 'Asia/Tokyo'],
  [/(?:首尔|首爾|韩国|韓國)[时時][间間]|\bKST\b/u, 'Asia/Seoul'],
  [/(?:美[东東]|美国东部|美國東部|[纽紐][约約])[时時][间間]/u, 'America/New_York'],
  [/(?:美西|美国西部|美國西部|洛杉矶|洛杉磯)[时時][间間]/u, 'America/Los_Angeles'],
  [/(?:伦敦|倫敦|英国|英國)[时時][间間]/u, 'Europe/London'],
  [/(?:格林尼治|格林威治)[时時][间間]|协调世界时|協調世界時/u, 'UTC'],
];

/** GMT+8, UTC+08:00, UTC-5 (an offset stated in words). */
const GMT_OFFSET = /\b(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?(?!\d)/iu;

/** The zone a line states: an IANA name, an offset (`+08:00`), or undefined when it states none. */
export function statedZone(line: string): string | undefined {
  const gmt = GMT_OFFSET.exec(line);
  if (gmt) {
    const hours = Number(gmt[2]);
    const minutes = gmt[3] === undefined ? 0 : Number(gmt[3]);
    if (hours <= 14 && minutes < 60) return formatOffset((gmt[1] === '-' ? -1 : 1) * (hours * 60 + minutes));
  }
  for (const [re, zone] of NAMED_ZONES) if (re.test(line)) return zone;
  return undefined;
}

/** Zone words of `line` removed (so what is left can be judged as a byline or outlet name). */
export function withoutZoneWords(line: string): string {
  let out = line.replace(new RegExp(GMT_OFFSET.source, 'giu'), ' ');
  for (const [re] of NAMED_ZONES) out = out.replace(new RegExp(re.source, 'gu'), ' ');
  return out;
}

/** `+08:00` for 480 minutes, `-05:00` for -300, `+00:00` for 0. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** Minutes east of UTC of an offset string (`+08:00`, `-0500`, `Z`), or undefined. */
export function parseOffset(offset: string): number | undefined {
  if (offset === 'Z' || offset === 'z') return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(offset);
  if (!m) return undefined;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return minutes > 14 * 60 ? undefined : (m[1] === '-' ? -1 : 1) * minutes;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Offset (minutes east of UTC) of IANA `zone` at the UTC instant `utcMs`. */
function offsetAt(zone: string, utcMs: number): number {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  const parts: Record<string, number> = {};
  for (const p of f.formatToParts(new Date(utcMs))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return Math.round((wall - Math.floor(utcMs / 1000) * 1000) / 60_000);
}

/**
 * Offset string of `zone` (an IANA name or an offset) for the wall-clock time `wallMs` (a local
 * time written as if it were UTC). Two passes, so a wall time near a summer-time change is right.
 */
export function offsetFor(zone: string, wallMs: number): string {
  const fixed = parseOffset(zone);
  if (fixed !== undefined) return formatOffset(fixed);
  const first = offsetAt(zone, wallMs);
  const second = offsetAt(zone, wallMs - first * 60_000);
  return formatOffset(second);
}

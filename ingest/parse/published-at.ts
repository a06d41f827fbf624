// Publication times as scraped pages write them (2024-05-05 17:38:55, 2024年5月5日 17:38) turned
// into ISO 8601 with the China offset, since a time without a zone is Beijing time in this corpus.

const PATTERNS: RegExp[] = [
  /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?/,
  /(\d{4})年(\d{1,2})月(\d{1,2})日(?:\s*(\d{1,2})[::](\d{2})(?:[::](\d{2}))?)?/,
];

const pad = (n: string | undefined, d = '00'): string => (n === undefined ? d : n.padStart(2, '0'));

/** Find the first date(-time) in `s` and return it as `YYYY-MM-DDTHH:MM:SS+08:00`, or undefined. */
export function parsePublishedAt(s: string): string | undefined {
  for (const re of PATTERNS) {
    const m = re.exec(s);
    if (!m) continue;
    const [, y, mo, d, h, mi, sec] = m;
    const month = Number(mo);
    const day = Number(d);
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    return `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(sec)}+08:00`;
  }
  return undefined;
}

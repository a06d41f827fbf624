// Pure: which alerts are unread. Unread means recorded after the newest alert the user had when they
// last opened the alerts list (kept in localStorage by views/alerts-panel.ts), so the browser's clock
// never enters into it.
import type { AlertJson } from '../../../shared/curation-types.ts';

export const ALERTS_SEEN_KEY = 'kg-alerts-seen';

const time = (iso: string): number => {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? 0 : t;
};

/** Alerts recorded after `seen` (all of them when the list was never opened). */
export function unreadAlerts(alerts: readonly AlertJson[], seen: string | null): AlertJson[] {
  if (!seen) return [...alerts];
  const after = time(seen);
  return alerts.filter((a) => time(a.at) > after);
}

/** The newest alert's time, or `seen` when there is none newer: what opening the list marks read. */
export function newestSeen(alerts: readonly AlertJson[], seen: string | null): string | null {
  let newest = seen;
  for (const a of alerts) if (newest === null || time(a.at) > time(newest)) newest = a.at;
  return newest;
}

// Which dates the per-date tallies (ingest/store/date-tallies.ts) can hold: an event dated to a day
// that does not exist (2月30日 in an article) must not reach date() in Neo4j, where it would fail the
// whole write.
import { describe, expect, it } from 'vitest';
import { eventDate, isCalendarDate, localDay } from '../../../ingest/store/date-tallies.ts';

describe('the dates a tally is kept for', () => {
  it('should take the date an event id carries, at its precision', () => {
    expect(eventDate('event:中美会谈@2024-05-03')).toBe('2024-05-03');
    expect(eventDate('event:中美会谈@2024-05')).toBe('2024-05');
    expect(eventDate('event:中美会谈@2024')).toBe('2024');
    expect(eventDate('event:中美会谈')).toBeNull();
  });

  it('should leave out a day or month that does not exist', () => {
    expect(eventDate('event:会谈@2024-02-30')).toBeNull();
    expect(eventDate('event:会谈@2023-02-29')).toBeNull();
    expect(eventDate('event:会谈@2024-13')).toBeNull();
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2024-00')).toBe(false);
  });

  it('should take an article’s local day from its time as stored, in its own offset', () => {
    expect(localDay('2024-05-05T01:06:00+08:00')).toBe('2024-05-05');
    expect(localDay(null)).toBeNull();
  });
});

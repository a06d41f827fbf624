import { describe, expect, it } from 'vitest';
import {
  dateOption,
  isCalendarDate,
  isEmptyWindow,
  QueryOptionsError,
  windowEnd,
  windowOption,
  windowStart,
} from '../../../../ingest/store/queries/options.ts';

describe('calendar dates of the query library', () => {
  it.each(['2024', '2024-01', '2024-12', '2024-05-05', '2024-01-31', '2024-04-30', '2024-02-29', '2000-02-29', '2023-02-28', '0001', '9999-12-31'])(
    'should take %s as a real calendar date',
    (value) => {
      expect(isCalendarDate(value)).toBe(true);
    },
  );

  it.each([
    '2024-00',
    '2024-13',
    '2024-13-45',
    '2024-05-00',
    '2024-05-32',
    '2024-04-31',
    '2023-02-29',
    '1900-02-29',
    '0000',
    '',
    '24',
    '2024-5',
    '2024-05-5',
    '2024/05/05',
    ' 2024',
    '2024-05-05T10:00',
    '２０２４',
  ])('should refuse %j as a calendar date', (value) => {
    expect(isCalendarDate(value)).toBe(false);
  });

  it('should take a date-time on a real day and refuse one on a day that does not exist', () => {
    expect(dateOption('m', 'from', '2024-05-05T10:00:00+08:00')).toBe('2024-05-05T10:00:00+08:00');
    expect(() => dateOption('m', 'from', '2024-02-30T10:00:00Z')).toThrow(QueryOptionsError);
    expect(() => dateOption('m', 'from', '2024-05-05T24:61:00Z')).toThrow(/m: from must be a calendar date such as 2024, 2024-05 or 2024-05-05/);
  });

  it('should widen a year, a month and a day to the instants they cover', () => {
    expect([windowStart('2024'), windowEnd('2024')]).toEqual(['2024-01-01T00:00:00Z', '2024-12-31T23:59:59.999Z']);
    expect([windowStart('2024-02'), windowEnd('2024-02')]).toEqual(['2024-02-01T00:00:00Z', '2024-02-29T23:59:59.999Z']);
    expect(windowEnd('2024-05-05')).toBe('2024-05-05T23:59:59.999Z');
    expect(windowEnd('0050')).toBe('0050-12-31T23:59:59.999Z');
  });

  it('should call a window empty only when from starts after to ends', () => {
    expect(isEmptyWindow('2024-05', '2024-05-01')).toBe(false);
    expect(isEmptyWindow('2024-05-05', '2024-05-05')).toBe(false);
    expect(isEmptyWindow('2024-06', '2024-05-31')).toBe(true);
    expect(isEmptyWindow('2025', '2024')).toBe(true);
  });

  it('should refuse a reversed window with a message naming both bounds', () => {
    expect(windowOption('m', '2024-05-01', '2024-05-31')).toEqual({ from: '2024-05-01', to: '2024-05-31' });
    expect(windowOption('m', undefined, '')).toEqual({ from: null, to: null });
    expect(() => windowOption('m', '2024-06', '2024-05-31')).toThrow(/m: from "2024-06" is after to "2024-05-31"/);
  });
});

// The explorer's date in lists (web/src/views/dom.ts formatDay): the article's own local day from the
// API's date-time in the article's offset, or its month when it is dated to a month only.
import { describe, expect, it } from 'vitest';
import { formatDay } from '../../../web/src/views/dom.ts';

describe('formatDay', () => {
  it('should show an article published at 01:06 +08:00 on its own day, not the UTC day before', () => {
    expect(formatDay('2024-05-05T01:06:00.000+08:00')).toBe('2024-05-05');
  });

  it('should show an article dated to a month as that month, not as the 1st it is stored as', () => {
    expect(formatDay('2024-09-01T00:00:00.000+08:00', 'month')).toBe('2024-09');
    expect(formatDay('2024-09-01T00:00:00.000+08:00', 'day')).toBe('2024-09-01');
  });

  it('should show a dash when there is no date', () => {
    expect(formatDay(null, 'month')).toBe('—');
  });
});

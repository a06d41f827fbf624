// Cuts that say they are cuts (ingest/truncate.ts) and the places that use them.
import { describe, expect, it } from 'vitest';
import { summarizeFailures, ERROR_SUMMARY_MAX } from '../../ingest/jobs/counts.ts';
import { toPretty, PRETTY_CO_MENTIONS } from '../../ingest/extract/output.ts';
import type { ArticleExtraction } from '../../ingest/model.ts';
import { cutText, moreLine } from '../../ingest/truncate.ts';

describe('cutting text and lists', () => {
  it('should leave a text that fits alone', () => {
    expect(cutText('马斯克访华', 10)).toBe('马斯克访华');
  });

  it('should end a cut text with how many characters it left out, within the bound', () => {
    const text = 'x'.repeat(5000);
    const cut = cutText(text, 2000);
    expect(cut.length).toBeLessThanOrEqual(2000);
    const [, omitted] = / … \((\d+) more characters\)$/.exec(cut)!;
    expect(cut.indexOf(' …') + Number(omitted)).toBe(5000);
  });

  it('should count what a list left out, and say nothing when it is whole', () => {
    expect(moreLine(20, 15, 'co-mentions', '--format jsonl lists them all')).toBe('… 5 more co-mentions (--format jsonl lists them all)');
    expect(moreLine(15, 15, 'co-mentions')).toBeUndefined();
  });
});

describe('user-visible cuts', () => {
  it('should end kg extract --format pretty with a line counting the co-mentions it did not show', () => {
    const coMentions = Array.from({ length: PRETTY_CO_MENTIONS + 4 }, (_, i) => ({
      source: `person:甲${i}`,
      target: `place:乙${i}`,
      weight: i + 1,
      sentences: [0],
    }));
    const x = { id: 'a', title: '标题', text: '', entities: [], events: [], coMentions } as unknown as ArticleExtraction;
    const lines = toPretty(x).trim().split('\n');
    expect(lines.filter((l) => l.startsWith('co-mention:'))).toHaveLength(PRETTY_CO_MENTIONS);
    expect(lines.at(-1)).toBe('… 4 more co-mentions (--format jsonl lists them all)');
  });

  it("should say a run's error summary was cut rather than end mid-sentence", () => {
    const failures = [{ key: 'https://example.com/feed', source: 'feed', reason: 'http-status', message: '服务器错误 '.repeat(1000) }];
    const summary = summarizeFailures(failures)!;
    expect(summary.length).toBeLessThanOrEqual(ERROR_SUMMARY_MAX);
    expect(summary).toMatch(/ … \(\d+ more characters\)$/);
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, describe, expect, it } from 'vitest';
import { registerExtractCommand, runExtractCommand, type ExtractIo } from '../../../ingest/extract/extract-command.ts';
import { SEED_PATH } from './seed-fixture.ts';

const dir = mkdtempSync(join(tmpdir(), 'extract-cmd-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function io(stdin: Buffer | string = ''): ExtractIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    readStdin: () => Promise.resolve(stdin),
    out: () => out,
    err: () => err,
  };
}

const records = (s: string): Record<string, unknown>[] =>
  s
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('kg extract', () => {
  it('should print one JSON object per article with exactly the contract keys', async () => {
    const t = io();
    expect(await runExtractCommand([SEED_PATH], { format: 'jsonl', lines: false }, t)).toBe(0);
    const rows = records(t.out());
    expect(rows).toHaveLength(11);
    expect(Object.keys(rows[0]!)).toEqual([
      'id',
      'title',
      'publishedAt',
      'publishedInstant',
      'publishedZone',
      'datePrecision',
      'source',
      'text',
      'entities',
      'events',
      'coMentions',
      'relations',
    ]);
    expect(rows[0]).toMatchObject({
      publishedAt: '2024-05-05',
      publishedInstant: '2024-05-05T17:38:55+08:00',
      publishedZone: 'Asia/Shanghai',
      datePrecision: 'second',
    });
    const main = rows[0] as {
      text: string;
      entities: {
        id: string;
        name: string;
        type: string;
        aliases: string[];
        mentions: { start: number; end: number; sentence: number; confidence: number }[];
        confidence: number;
      }[];
      events: object[];
      coMentions: object[];
    };
    expect(Object.keys(main.entities[0]!)).toEqual(['id', 'name', 'type', 'aliases', 'mentions', 'confidence']);
    expect(Object.keys(main.entities[0]!.mentions[0]!)).toEqual(['start', 'end', 'sentence', 'confidence']);
    expect(Object.keys(main.events[0]!)).toEqual(['id', 'name', 'date', 'participants', 'place']);
    expect(Object.keys(main.coMentions[0]!)).toEqual(['source', 'target', 'weight', 'sentences', 'confidence']);
    const relations = (rows[0] as { relations: object[] }).relations;
    expect(Object.keys(relations[0]!)).toEqual([
      'id',
      'type',
      'source',
      'target',
      'title',
      'normalizedTitle',
      'date',
      'sentence',
      'start',
      'end',
      'confidence',
    ]);
    // Every confidence is a probability printed with at most 3 decimals, and not all alike.
    const confidences = [
      ...main.entities.flatMap((e) => [e, ...e.mentions]),
      ...(main.coMentions as { confidence: number }[]),
      ...(relations as { confidence: number }[]),
    ].map((x) => (x as { confidence: number }).confidence);
    for (const p of confidences) {
      expect(p).toBeGreaterThan(0);
      expect(p).toBeLessThanOrEqual(1);
      expect(Math.round(p * 1000) / 1000).toBe(p);
    }
    const musk = main.entities.find((e) => e.id === 'person:马斯克')!;
    for (const m of musk.mentions) expect(main.text.slice(m.start, m.end)).toMatch(/马斯克$/);
    expect(['Person', 'Organization', 'Place']).toEqual(expect.arrayContaining([...new Set(main.entities.map((e) => e.type))]));
  });

  it('should treat each line as a document with --lines, offsets relative to the line', async () => {
    const file = join(dir, 'lines.txt');
    writeFileSync(file, '  马斯克访问了北京。\r\n\n特斯拉在上海建厂。\n');
    const t = io();
    expect(await runExtractCommand([file], { format: 'jsonl', lines: true }, t)).toBe(0);
    const rows = records(t.out()) as { text: string; entities: { name: string; mentions: { start: number; end: number }[] }[] }[];
    expect(rows.map((r) => r.text)).toEqual(['  马斯克访问了北京。', '特斯拉在上海建厂。']);
    const musk = rows[0]!.entities.find((e) => e.name === '马斯克')!;
    expect(musk.mentions[0]).toMatchObject({ start: 2, end: 5 });
  });

  it('should list flat, non-overlapping mentions only: a place inside an organization name links, but is no span', async () => {
    const t = io();
    expect(await runExtractCommand([SEED_PATH], { format: 'jsonl', lines: false }, t)).toBe(0);
    type Row = { entities: { id: string; mentions: { start: number; end: number }[] }[]; coMentions: { source: string; target: string }[] };
    for (const row of records(t.out()) as Row[]) {
      const spans = row.entities.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
      for (let k = 1; k < spans.length; k++) expect(spans[k]!.start).toBeGreaterThanOrEqual(spans[k - 1]!.end);
    }
    const u = io('北京大学的学生参观了工厂。');
    await runExtractCommand(['-'], { format: 'jsonl', lines: true }, u);
    const row = records(u.out())[0] as Row;
    expect(row.entities.find((e) => e.id === 'organization:北京大学')?.mentions).toEqual([
      { start: 0, end: 4, sentence: 0, confidence: expect.any(Number) as number },
    ]);
    expect(row.entities.find((e) => e.id === 'place:北京')?.mentions).toEqual([]);
    expect(row.coMentions).toContainEqual(expect.objectContaining({ source: 'organization:北京大学', target: 'place:北京' }));
  });

  it('should read stdin for -', async () => {
    const t = io(Buffer.from('马斯克访问了北京。'));
    expect(await runExtractCommand(['-'], { format: 'jsonl', lines: true }, t)).toBe(0);
    expect(records(t.out())).toHaveLength(1);
  });

  it('should print a readable summary with --format pretty', async () => {
    const t = io('马斯克访问了北京。');
    await runExtractCommand(['-'], { format: 'pretty', lines: false }, t);
    expect(t.out()).toContain('Person: 马斯克');
  });

  it('should name a binary file in a one-line error and go on with the others', async () => {
    const bin = join(dir, 'image.png');
    writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0x00]));
    const t = io('马斯克访问了北京。');
    expect(await runExtractCommand([bin, '-'], { format: 'jsonl', lines: false }, t)).toBe(1);
    expect(t.err()).toMatch(new RegExp(`^kg extract: ${bin.replace(/[.]/g, '\\.')} is binary, not text[^\\n]*$`, 'm'));
    expect(t.err().trim().split('\n').at(-1)).toBe('kg extract: 1 article from 2 inputs, 1 failed');
    expect(records(t.out())).toHaveLength(1);
  });

  it('should tell how to convert a file that is not UTF-8', async () => {
    const gbk = join(dir, 'gbk.txt');
    writeFileSync(gbk, Buffer.from([0xc2, 0xed, 0xcb, 0xb9, 0xbf, 0xcb])); // 马斯克 in GBK
    const t = io();
    expect(await runExtractCommand([gbk], { format: 'jsonl', lines: false }, t)).toBe(1);
    expect(t.err()).toContain(`kg extract: ${gbk} is not valid UTF-8; convert it first, e.g. iconv -f GBK -t UTF-8`);
  });

  it('should report a missing file and a missing argument clearly', async () => {
    const t = io();
    expect(await runExtractCommand([join(dir, 'nope.txt')], {}, t)).toBe(1);
    expect(t.err()).toContain('does not exist; check the path');
    expect(await runExtractCommand([], {}, t)).toBe(2);
  });

  it('should register an extract subcommand with help text', () => {
    const program = new Command('kg');
    registerExtractCommand(program);
    const cmd = program.commands.find((c) => c.name() === 'extract')!;
    expect(cmd.helpInformation()).toContain('--format <format>');
    expect(cmd.helpInformation()).toContain('--lines');
  });
});

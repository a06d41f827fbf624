// The extractor's fast paths against the plain computations they replace: each must give the same
// answer on every input, not only on the seed.
import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../ingest/parse/normalize.ts';

const SEED = new URL('../../../../shared/corpus/seed-2024-05-05-zhongmei-ai.txt', import.meta.url);
const FALLBACK = '4月26日，美国国务卿布林肯访华之际，中美会晤达成了五点共识。马斯克上周日访问了北京，与中国贸促会会长任鸿斌会面。\n';

function seedText(): string {
  try {
    return readFileSync(SEED, 'utf8');
  } catch {
    return FALLBACK;
  }
}

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
}

describe('normalizeText hands OpenCC only the stretches it can change', () => {
  const whole = OpenCC.Converter({ from: 't', to: 'cn' });
  // Inputs without full-width forms, dots, controls or lone surrogates, whose conversion keeps the
  // length: normalizeText must then return exactly what converting the whole text returns.
  const expectWholeConversion = (text: string): void => {
    const converted = whole(text);
    if (converted.length === text.length) expect(normalizeText(text).text).toBe(converted);
  };

  it('should convert a traditional rendering of the seed as one call does', () => {
    // Without the forms foldChars changes (full width, dots), so the comparison is of conversion alone.
    const traditional = OpenCC.Converter({ from: 'cn', to: 'tw' })(seedText()).replace(/[\uff01-\uff5e\u3000·•・‧･∙⋅\t\r]/gu, ' ');
    expect(traditional).not.toBe(seedText());
    expectWholeConversion(traditional);
  });

  it('should convert every dictionary word, alone and inside text, as one call does', () => {
    const words: string[] = [];
    const walk = (value: unknown): void => {
      if (typeof value === 'string') for (const entry of value.split('|')) words.push(entry.split(' ')[0]!);
      else if (Array.isArray(value)) value.forEach(walk);
    };
    walk((OpenCC.Locale as { configs?: Record<string, { conversionChain: unknown }> }).configs?.t2s?.conversionChain);
    expect(words.length).toBeGreaterThan(1000);
    for (const word of words) {
      expectWholeConversion(word);
      expectWholeConversion(`据报道,${word}与${word}在 ${word}x${word}。`);
    }
  });

  it('should agree on random mixtures of simplified, traditional, Latin and astral characters', () => {
    const pieces = ['马', '馬', '斯克', '與', '臺灣', '台湾', '乾淨', '干净', '一目瞭然', '瞭', ' ', ',', 'a', '𠮷', '😀', '\u2ff0', '的', '麼', '么麼', '\n'];
    const next = random(7);
    for (let k = 0; k < 2000; k++) {
      let text = '';
      const n = 1 + Math.floor(next() * 12);
      for (let i = 0; i < n; i++) text += pieces[Math.floor(next() * pieces.length)]!;
      expectWholeConversion(text);
    }
  });
});

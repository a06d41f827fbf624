// The extractor's fast paths against the plain computations they replace: each must give the same
// answer on every input, not only on the seed.
import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../../ingest/model.ts';
import { normalizeText } from '../../../ingest/parse/normalize.ts';
import { MAX_SENTENCE_LENGTH, splitSentences } from '../../../ingest/parse/sentences.ts';
import { balancedMarks, isValidCandidate } from '../../../ingest/extract/validate.ts';
import { TaggerIndex, byStrength, mergeByStrength, pickNonOverlapping, resolveOverlaps, yieldToLongerStatistical } from '../../../ingest/extract/resolve.ts';
import { candidate, type Candidate, type Origin } from '../../../ingest/extract/span.ts';
import { Trie } from '../../../ingest/extract/trie.ts';
import { coMentions, type SentenceMention } from '../../../ingest/extract/co-mentions.ts';
import { compareStrings, stableSort } from '../../../ingest/extract/stable-sort.ts';
import type { CoMention } from '../../../ingest/model.ts';
import { isHan, isHanCode } from '../../../ingest/extract/rules/name-shapes.ts';
import { hasUnit, unitsMatching } from '../../../ingest/extract/code-units.ts';
import { bundledDictionaries } from '../../../ingest/extract/dictionaries.ts';
import { extractArticle, extractArticles } from '../../../ingest/extract/pipeline.ts';
import { parseDocument } from '../../../ingest/parse/index.ts';
import type { ParsedArticle } from '../../../ingest/model.ts';
import { seedText as seedOrFail } from '../../setup/shared-data.ts';

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

describe('normalizeText folds characters by one table read per code unit', () => {
  // The plain version: a chain of range tests and a Set of dot variants per code unit.
  const DOTS = new Set(['·', '・', '‧', '･', '∙', '⋅', '\u2027'].map((d) => d.charCodeAt(0)));
  function referenceFold(raw: string): string {
    let out = '';
    for (let i = 0; i < raw.length; i++) {
      const c = raw.charCodeAt(i);
      if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
      else if (c === 0x3000) out += ' ';
      else if (c < 0x20 && c !== 0x0a && c !== 0x09) out += c === 0x0d ? '\n' : ' ';
      else if (c === 0x7f) out += ' ';
      else if (DOTS.has(c)) out += '•';
      else if (c >= 0xd800 && c <= 0xdbff) {
        const next = raw.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) out += raw[i]! + raw[++i]!;
        else out += '\ufffd';
      } else if (c >= 0xdc00 && c <= 0xdfff) out += '\ufffd';
      else out += raw[i]!;
    }
    return out;
  }
  const whole = OpenCC.Converter({ from: 't', to: 'cn' });

  it('should fold random texts of wide forms, dots, controls and surrogates as the plain chain does', () => {
    const alphabet = [
      ...'ＡＺａｚ０９，。：（）！？\u3000　•·・‧･∙⋅\u2027\u0000\u0001\r\n\t\u007f\u0080马馬a ',
      '😀',
      '\ud800',
      '\udc00',
      '\uff5e',
      '\uff5f',
      '\uff00',
    ];
    for (const text of randomTexts(alphabet, 5000, 12, 17)) {
      const folded = referenceFold(text);
      const converted = whole(folded);
      if (converted.length === folded.length) expect(normalizeText(text).text, JSON.stringify(text)).toBe(converted);
    }
  });
});

/** Random strings over `alphabet`, 0 to `max` characters each. */
function randomTexts(alphabet: string[], count: number, max: number, seed: number): string[] {
  const next = random(seed);
  return Array.from({ length: count }, () => {
    let text = '';
    const n = Math.floor(next() * (max + 1));
    for (let i = 0; i < n; i++) text += alphabet[Math.floor(next() * alphabet.length)]!;
    return text;
  });
}

describe('balancedMarks in one pass', () => {
  // The plain version: one walk per pair of marks, then the '"' count.
  const PAIRS: [string, string][] = [
    ['“', '”'],
    ['《', '》'],
    ['「', '」'],
    ['『', '』'],
    ['【', '】'],
  ];
  function reference(t: string): boolean {
    for (const [open, close] of PAIRS) {
      let depth = 0;
      for (const ch of t) {
        if (ch === open) depth++;
        else if (ch === close && --depth < 0) return false;
      }
      if (depth !== 0) return false;
    }
    return (t.split('"').length - 1) % 2 === 0;
  }

  it('should agree with a walk per pair on random strings of marks and letters', () => {
    const alphabet = [...'“”《》「」『』【】"马a', '😀'];
    for (const t of randomTexts(alphabet, 20_000, 8, 11)) expect(balancedMarks(t), t).toBe(reference(t));
  });
});

describe('splitSentences by code unit', () => {
  // The plain version it replaced, one-character strings and Sets.
  const ENDERS = new Set(['。', '!', '?', '!', '?', '…']);
  const OPEN: Record<string, string> = { '“': '”', '「': '」', '『': '』', '(': ')', '\uff08': '\uff09', '《': '》', '【': '】', '‘': '’' };
  const CLOSERS = new Set(Object.values(OPEN));
  function reference(text: string): Sentence[] {
    const out: Sentence[] = [];
    let start = 0;
    let stack: string[] = [];
    const push = (end: number): void => {
      let s = start;
      let e = end;
      while (s < e && /\s/.test(text[s]!)) s++;
      while (e > s && /\s/.test(text[e - 1]!)) e--;
      if (e > s) out.push({ index: out.length, start: s, end: e, text: text.slice(s, e) });
      start = end;
    };
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      if (ch === '\n') {
        push(i);
        start = i + 1;
        stack = [];
        continue;
      }
      const closer = OPEN[ch];
      if (closer !== undefined) stack.push(closer);
      else if (CLOSERS.has(ch)) {
        const at = stack.lastIndexOf(ch);
        if (at >= 0) stack = stack.slice(0, at);
        if (stack.length === 0 && i > 0 && ENDERS.has(text[i - 1]!)) {
          push(i + 1);
          continue;
        }
        // A dateline's credit: (…) right after 日电, with no end mark inside.
        const open = Math.max(text.lastIndexOf('(', i), text.lastIndexOf('\uff08', i));
        if (stack.length === 0 && (ch === ')' || ch === '\uff09') && open >= 0 && i - open <= 24) {
          const inside = text.slice(open, i);
          if (/日电\s*$/.test(text.slice(Math.max(0, open - 4), open)) && ![...ENDERS].some((e) => e !== '…' && inside.includes(e))) {
            push(i + 1);
            continue;
          }
        }
      } else if (ENDERS.has(ch) && stack.length === 0) {
        let j = i + 1;
        while (j < text.length && (ENDERS.has(text[j]!) || (CLOSERS.has(text[j]!) && text[j] !== ')' && text[j] !== '\uff09'))) j++;
        push(j);
        i = j - 1;
        continue;
      }
      if (i + 1 - start >= MAX_SENTENCE_LENGTH) {
        push(i + 1);
        stack = [];
      }
    }
    push(text.length);
    return out;
  }

  it('should cut random texts of marks, quotes, brackets and spaces where the plain version does', () => {
    const alphabet = [...'。!?!?…“”「」『』()\uff08\uff09《》【】‘’ \t\n\u3000马a', '😀', '5月5日电', '日电 '];
    for (const text of randomTexts(alphabet, 5000, 40, 3)) expect(splitSentences(text), text).toEqual(reference(text));
  });

  it('should cut the seed and a line longer than the longest sentence where the plain version does', () => {
    expect(splitSentences(seedText())).toEqual(reference(seedText()));
    const long = '马斯克“说'.repeat(700);
    expect(splitSentences(long)).toEqual(reference(long));
  });
});

describe('overlap resolution in two rounds without sorting the first round again', () => {
  const text = '河北经贸大学法律系马丁•威廉斯访问中国北京市海淀区中关村的星光电子研究院和清华大学';
  const TYPES = ['Person', 'Organization', 'Place'] as const;
  /** Random candidates of the given origins, some with a canonical name or a linked form's priority. */
  function randomCandidates(next: () => number, origins: readonly Origin[], count: number): Candidate[] {
    return Array.from({ length: count }, () => {
      const start = Math.floor(next() * (text.length - 1));
      const end = Math.min(text.length, start + 1 + Math.floor(next() * 6));
      const extra = next() < 0.2 ? { canonical: text.slice(start, end), priority: 6 } : {};
      return candidate(start, end, TYPES[Math.floor(next() * 3)]!, text, origins[Math.floor(next() * origins.length)]!, extra);
    });
  }

  it('should pick, in text order, what a greedy pick sorted by start picks', () => {
    // The plain version: marks of used offsets, then a sort by start.
    function reference(sorted: readonly Candidate[], textLength: number): Candidate[] {
      const used = new Uint8Array(textLength);
      const accepted: Candidate[] = [];
      for (const c of sorted) {
        let free = c.start >= 0 && c.end <= textLength && c.end > c.start;
        for (let i = c.start; free && i < c.end; i++) if (used[i]) free = false;
        if (!free) continue;
        used.fill(1, c.start, c.end);
        accepted.push(c);
      }
      return accepted.sort((a, b) => a.start - b.start);
    }
    const next = random(3);
    for (let k = 0; k < 2000; k++) {
      const cs = byStrength(randomCandidates(next, ['rule', 'alias', 'document', 'lexicon', 'statistical'], Math.floor(next() * 20)));
      // Spans the text does not hold (empty, before its start, past its end) are never picked.
      if (next() < 0.3) cs.push({ ...cs[0]!, start: 5, end: 5 }, { ...cs[0]!, start: -1, end: 2 }, { ...cs[0]!, start: text.length - 1, end: text.length + 1 });
      const length = next() < 0.2 ? Math.floor(next() * text.length) : text.length;
      const picked = pickNonOverlapping(cs, length);
      const expected = reference(cs, length);
      expect(picked.length).toBe(expected.length);
      picked.forEach((c, i) => expect(c).toBe(expected[i]));
    }
  });

  it('should merge two sorted lists into the order sorting both together gives', () => {
    const next = random(5);
    for (let k = 0; k < 2000; k++) {
      const a = randomCandidates(next, ['rule', 'alias', 'document', 'lexicon', 'statistical'], Math.floor(next() * 12));
      const b = randomCandidates(next, ['rule', 'document'], Math.floor(next() * 12));
      const merged = mergeByStrength(byStrength(a), byStrength(b));
      const sorted = byStrength([...a, ...b]);
      expect(merged.length).toBe(sorted.length);
      merged.forEach((c, i) => expect(c).toBe(sorted[i]));
    }
  });

  it('should resolve the second round as yielding and resolving all its candidates together does', () => {
    const next = random(9);
    const isBoundary = (i: number): boolean => i % 3 !== 1;
    for (let k = 0; k < 2000; k++) {
      // The second round adds rule and propagated spans, never the tagger's.
      const first = randomCandidates(next, ['rule', 'alias', 'document', 'lexicon', 'statistical'], Math.floor(next() * 14));
      const more = randomCandidates(next, ['rule', 'document'], Math.floor(next() * 8));
      const tagger = new TaggerIndex(first);
      const firstContenders = byStrength(yieldToLongerStatistical(first, isBoundary, tagger));
      expect(pickNonOverlapping(firstContenders, text.length)).toEqual(resolveOverlaps(yieldToLongerStatistical(first, isBoundary), text.length));
      const moreContenders = byStrength(yieldToLongerStatistical(more, isBoundary, tagger));
      const twoRounds = pickNonOverlapping(mergeByStrength(firstContenders, moreContenders), text.length);
      const together = resolveOverlaps(yieldToLongerStatistical([...first, ...more], isBoundary), text.length);
      expect(twoRounds.length).toBe(together.length);
      twoRounds.forEach((c, i) => expect(c).toBe(together[i]));
    }
  });
});

describe('Trie in typed arrays', () => {
  // The plain version: every word and its value in a Map, each offset tried against every word.
  function referenceMatches(words: ReadonlyMap<string, number>, text: string, start: number, maxLength: number): [number, number][] {
    const out: [number, number][] = [];
    for (let end = start + 1; end <= text.length && end - start <= Math.max(1, maxLength); end++) {
      const word = text.slice(start, end);
      // The walk goes by code unit, so a word with an astral character is found by get() only.
      const astral = [...word].some((ch) => ch.length > 1);
      const value = words.get(word);
      if (value !== undefined && !astral) out.push([end, value]);
    }
    return out;
  }

  it('should find every word a plain dictionary holds, at every offset, and nothing else', () => {
    const alphabet = [...'中国美北京马斯克a', '𠮷', '😀', '\ud800'];
    const next = random(13);
    for (let round = 0; round < 60; round++) {
      const trie = new Trie<number>();
      const words = new Map<string, number>();
      // Enough words to grow the edge table several times in some rounds; one-character words in some.
      const count = Math.floor(next() * (round % 3 === 0 ? 400 : 30));
      randomTexts(alphabet, count, 5, round).forEach((word, k) => {
        if (word === '' || (word.length === 1 && next() < 0.7)) return;
        trie.set(word, k);
        words.set(word, k);
      });
      expect(trie.size).toBe(words.size);
      for (const [word, value] of words) expect(trie.get(word)).toBe(value);
      for (const text of randomTexts(alphabet, 40, 20, round + 100)) {
        expect(trie.get(text)).toBe(words.get(text));
        const maxLength = 1 + Math.floor(next() * 6);
        const starts: number[] = [];
        for (let i = trie.nextStart(text, 0); i < text.length; i = trie.nextStart(text, i + 1)) starts.push(i);
        for (let i = 0; i < text.length; i++) {
          const expected = referenceMatches(words, text, i, maxLength);
          expect(trie.matchesAt(text, i, maxLength), `${text} @${i}`).toEqual(expected);
          // nextStart skips only offsets where no word starts.
          if (referenceMatches(words, text, i, 32).length > 0) expect(starts).toContain(i);
        }
      }
    }
  });
});

describe('code-unit classes', () => {
  it('should hold exactly the units a one-unit string of which the class regex matches', () => {
    for (const charClass of ['[\\p{P}\\p{S}\\d\\s]', '[,,。、;;!?!?()()]', '\\p{Script=Han}', '[\\p{L}\\p{N}]']) {
      const bits = unitsMatching(charClass);
      const re = new RegExp(`^${charClass}$`, 'u');
      for (let c = 0; c < 0x10000; c++) if (hasUnit(bits, c) !== re.test(String.fromCharCode(c))) expect(`${charClass} ${c.toString(16)}`).toBe('agreeing');
    }
  });

  it('should judge punctuation-only and punctuated spans as the regexes do, astral symbols included', () => {
    const dicts = bundledDictionaries();
    const strict = { strictStatistical: false };
    const valid = (text: string): boolean => isValidCandidate(candidate(0, text.length, 'Place', text, 'rule', { canonical: text }), dicts, strict);
    const reference = (text: string): boolean => !/^[\p{P}\p{S}\d\s]+$/u.test(text) && !/[,,。、;;!?!?()()]/u.test(text);
    for (const text of ['😀', '😀😀', '😀马', '马😀', '12', '12马', '•', '马,', '马。', '马、克', '\ud800', '\ud800!', '!\ud800', '𠮷', '«»', '©', '马斯克']) {
      expect(valid(text), JSON.stringify(text)).toBe(reference(text));
    }
  });
});

describe('isHanCode by a table of code units', () => {
  it('should say of every code unit what /\\p{Script=Han}/u says of it alone', () => {
    const han = /\p{Script=Han}/u;
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (isHanCode(c) !== han.test(ch) || isHan(ch) !== han.test(ch)) expect(c.toString(16)).toBe('agreeing');
    }
    expect(isHanCode(Number.NaN)).toBe(false);
    expect(isHan('𠮷')).toBe(true);
    expect(isHan(undefined)).toBe(false);
  });
});

describe('stableSort', () => {
  it('should order arrays short and long as the built-in stable sort does, equal keys in their order', () => {
    const next = random(23);
    for (let k = 0; k < 3000; k++) {
      const items = Array.from({ length: Math.floor(next() * 120) }, (_, i) => ({ key: Math.floor(next() * 6), i }));
      const byKey = (a: { key: number }, b: { key: number }): number => a.key - b.key;
      expect(stableSort([...items], byKey)).toEqual([...items].sort(byKey));
    }
    const words = randomTexts([...'ab马😀', 'person:', 'place:'], 500, 4, 29);
    expect(stableSort([...words], compareStrings)).toEqual([...words].sort());
  });
});

describe('coMentions without a Set and a sort per sentence', () => {
  // The plain version: a Set of ids per sentence, a string sort per sentence, a joined key per pair.
  function reference(mentions: readonly SentenceMention[]): CoMention[] {
    const bySentence = new Map<number, Set<string>>();
    for (const m of mentions) {
      if (m.sentence < 0) continue;
      if (!bySentence.has(m.sentence)) bySentence.set(m.sentence, new Set());
      bySentence.get(m.sentence)!.add(m.entityId);
    }
    const pairs = new Map<string, CoMention>();
    for (const sentence of [...bySentence.keys()].sort((a, b) => a - b)) {
      const ids = [...bySentence.get(sentence)!].sort();
      for (let i = 0; i < ids.length; i++) {
        for (let j = i + 1; j < ids.length; j++) {
          const key = `${ids[i]}\u0000${ids[j]}`;
          if (!pairs.has(key)) pairs.set(key, { source: ids[i]!, target: ids[j]!, weight: 0, sentences: [] });
          pairs.get(key)!.weight++;
          pairs.get(key)!.sentences.push(sentence);
        }
      }
    }
    return [...pairs.values()];
  }

  it('should pair the entities of each sentence as a Set and a string sort per sentence do', () => {
    const ids = ['person:马斯克', 'place:北京', 'place:中国', 'organization:特斯拉', 'person:Zed', 'person:a', 'place:😀', 'person:马'];
    const next = random(21);
    for (let k = 0; k < 3000; k++) {
      const mentions = Array.from({ length: Math.floor(next() * 30) }, () => ({
        entityId: ids[Math.floor(next() * ids.length)]!,
        sentence: Math.floor(next() * 8) - 1,
      }));
      expect(coMentions(mentions)).toEqual(reference(mentions));
    }
  });
});

describe('extractArticles tags a batch back to back and gives extractArticle’s results', () => {
  it('matches extractArticle article by article, across batch groups, empty and traditional-script articles included', () => {
    const seedArticles = parseDocument(seedOrFail(), { name: 'seed' });
    const odd: ParsedArticle[] = [
      { id: 'sha:empty', title: '', authors: [], text: '' },
      { id: 'sha:blank', title: '', authors: [], text: ' \n\t ' },
      { id: 'sha:hant', title: '', authors: [], text: '台灣外交部長林佳龍昨日會見美國國務卿，雙方討論關稅問題。', publishedAt: '2025-03-02T10:00:00+08:00' },
    ];
    // More than one group's worth of characters (groups of about 200,000), so the grouping is exercised.
    const articles: ParsedArticle[] = [...odd];
    for (let chars = 0; chars < 210_000;) {
      for (const a of seedArticles) {
        articles.push({ ...a, id: `${a.id}:${articles.length}` });
        chars += a.text.length;
      }
    }
    articles.push(...odd);
    const batched = [...extractArticles(articles)];
    expect(batched.map((x) => x.id)).toEqual(articles.map((a) => a.id));
    // Every article once alone would take long: the distinct texts once each, then compared by text.
    const alone = new Map<string, string>();
    for (const a of articles) if (!alone.has(a.text)) alone.set(a.text, JSON.stringify({ ...extractArticle(a), id: '' }));
    for (const [k, x] of batched.entries()) expect(JSON.stringify({ ...x, id: '' }), articles[k]!.id).toBe(alone.get(articles[k]!.text));
  });
});

// Entry lists of the model's tables, read from the data files it is built from: THUOCL
// gazetteers, jieba's dictionaries (word → POS tag), and the [key, value] entries (with their
// prefixes) that ner/lexicon.ts buildTable packs.
import { readFileSync } from 'node:fs';
import { LEX_MAX_LEN, PREFIX_BIT, VALUE_BITS, rawWordKey, wordKey } from '../ner/for-tools.ts';

/** Reads a THUOCL `word\tcount` list (any line ending) into [key, 1 + log10 bucket] entries. */
export function readThuocl(path: string, minCount = 0): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const line of readFileSync(path, 'utf8').split(/\r\n|\r|\n/)) {
    const [rawWord, rawCount] = line.split('\t');
    const word = rawWord?.replace(/^\ufeff/, '').trim();
    const count = Number(rawCount ?? 0);
    if (!word || word.length < 2 || word.length > 8 || count < minCount) continue;
    const bucket = Math.min(7, Math.max(0, Math.floor(Math.log10(Math.max(1, count)))));
    pushEntry(out, word, 1 + bucket);
  }
  return out;
}

/** Adds word with value (1..63) and its prefixes (length ≥ 2) to a table's entry list. */
export function pushEntry(out: Array<[number, number]>, word: string, value: number): void {
  if (word.length < 2 || word.length > LEX_MAX_LEN) return;
  out.push([wordKey(word), value & VALUE_BITS]);
  for (let len = 2; len < word.length; len++) out.push([wordKey(word.slice(0, len)), PREFIX_BIT]);
}

/** Reads `word freq tag` (or user-dictionary `word [freq] [tag]`) lines into [rawWordKey, tag id] entries. */
export function readJiebaDict(path: string, tagId: (tag: string) => number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const parts = line.trim().split(/\s+/);
    const word = parts[0];
    const tag = parts.length >= 3 ? parts[2] : parts[1] && !/^\d+$/.test(parts[1]) ? parts[1] : undefined;
    if (!word || !tag) continue;
    out.push([rawWordKey(word, 0, word.length), tagId(tag)]);
  }
  return out;
}

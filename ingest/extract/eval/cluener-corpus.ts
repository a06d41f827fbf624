// Reader for CLUENER2020 (concatenated pretty-printed JSON objects, end offsets inclusive), mapped
// to our three types: name → Person, address → Place, organization/company/government →
// Organization; other CLUENER types are ignored. Dev measures the tagger on 2020 news; part of
// train is training data (ner/cluener-training.ts).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EntityType } from '../../model.ts';
import type { ScoredSpan } from './score.ts';

export interface GoldDocument {
  text: string;
  spans: ScoredSpan[];
  /** CLUENER only: every CLUENER type labelled in the sentence, mapped or not (address, game, …). */
  labelled?: string[];
}

const TYPE_MAP: Record<string, EntityType> = {
  name: 'Person',
  address: 'Place',
  organization: 'Organization',
  company: 'Organization',
  government: 'Organization',
};

export function defaultCluenerDevPath(): string {
  if (process.env.CLUENER_DEV) return process.env.CLUENER_DEV;
  return resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/eval/cluener/dev.json');
}

/** CLUENER's train split (the tagger trains on part of it: ner/cluener-training.ts), or env CLUENER_TRAIN. */
export function defaultCluenerTrainPath(): string {
  if (process.env.CLUENER_TRAIN) return process.env.CLUENER_TRAIN;
  return resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/eval/cluener/train.json');
}

/** Splits concatenated JSON objects by tracking brace depth outside strings. */
export function splitJsonObjects(content: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < content.length; i++) {
    const ch = content[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '{') {
      if (depth === 0) start = i;
      depth++;
    } else if (ch === '}') {
      depth--;
      if (depth === 0 && start >= 0) out.push(content.slice(start, i + 1));
    }
  }
  return out;
}

interface RawCluener {
  text: string;
  label?: Record<string, Record<string, Array<[number, number]>>>;
}

export function parseCluener(content: string): GoldDocument[] {
  return splitJsonObjects(content).map((chunk) => {
    const raw = JSON.parse(chunk) as RawCluener;
    const spans: ScoredSpan[] = [];
    for (const [label, mentions] of Object.entries(raw.label ?? {})) {
      const type = TYPE_MAP[label];
      if (!type) continue;
      for (const ranges of Object.values(mentions)) {
        for (const [s, e] of ranges) spans.push({ start: s, end: e + 1, type });
      }
    }
    return { text: raw.text, spans, labelled: Object.keys(raw.label ?? {}) };
  });
}

export function loadCluenerDev(path = defaultCluenerDevPath()): GoldDocument[] {
  try {
    return parseCluener(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw new Error(`ingest/extract/eval/cluener-corpus: cannot read ${path}; set CLUENER_DEV to CLUENER's dev.json`, { cause });
  }
}

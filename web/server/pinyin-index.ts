// Pinyin lookup for the search box: every entity's name and Chinese aliases as pinyin syllables
// (pinyin-pro), built from the store on first use and rebuilt when older than `ttlMs`, so "mask",
// "masike" and "msk" all find 马斯克. Matching itself is the pure pinyin-match.ts.
import { pinyin } from 'pinyin-pro';
import type { Store } from '../../ingest/store/client.ts';
import { topEntities } from '../../ingest/store/queries/index.ts';
import type { SearchHit } from '../shared/api-types.ts';
import { pinyinScorer } from './pinyin-match.ts';

interface Entry {
  hit: Omit<SearchHit, 'via'>;
  forms: string[][];
}

export const DEFAULT_PINYIN_INDEX_OPTIONS = { ttlMs: 30_000, maxEntities: 20_000 };

const HAN = /\p{Script=Han}/u;

export function syllables(text: string): string[] {
  return pinyin(text, { toneType: 'none', type: 'array' })
    .map((s) => s.toLowerCase())
    .filter((s) => /^[a-zü]+$/.test(s));
}

export class PinyinIndex {
  private entries: Entry[] = [];
  private builtAt = 0;
  private building: Promise<void> | null = null;
  private readonly options: typeof DEFAULT_PINYIN_INDEX_OPTIONS;

  constructor(
    private readonly store: Store,
    options: Partial<typeof DEFAULT_PINYIN_INDEX_OPTIONS> = {},
  ) {
    this.options = { ...DEFAULT_PINYIN_INDEX_OPTIONS, ...options };
  }

  private async refresh(): Promise<void> {
    if (Date.now() - this.builtAt < this.options.ttlMs) return;
    this.building ??= (async () => {
      try {
        const nodes = await topEntities(this.store, this.options.maxEntities);
        this.entries = nodes.map((n) => ({
          hit: { id: n.id, name: n.name, type: n.type, aliases: n.aliases ?? [], mentionCount: n.mentionCount },
          forms: [n.name, ...(n.aliases ?? [])].filter((f) => HAN.test(f)).map(syllables),
        }));
        this.builtAt = Date.now();
      } finally {
        this.building = null;
      }
    })();
    await this.building;
  }

  async search(query: string, limit: number): Promise<SearchHit[]> {
    await this.refresh();
    const scored: { hit: SearchHit; score: number }[] = [];
    const score = pinyinScorer(query);
    for (const entry of this.entries) {
      let best = 0;
      for (const form of entry.forms) best = Math.max(best, score(form));
      if (best > 0) scored.push({ hit: { ...entry.hit, via: 'pinyin' }, score: best });
    }
    scored.sort((a, b) => b.score - a.score || b.hit.mentionCount - a.hit.mentionCount || a.hit.id.localeCompare(b.hit.id));
    return scored.slice(0, limit).map((s) => s.hit);
  }
}

// Entity search for the explorer's search box: full-text over names, aliases and English names,
// exact-name hits first. User input is escaped for Lucene; short Latin words and single Chinese
// characters also match as prefixes ("mus" finds Musk, "马" finds 马斯克).
import neo4j from 'neo4j-driver';
import type { EntityType } from '../../model.ts';
import type { Store } from '../client.ts';
import { intOption, typesOption } from './options.ts';

const MODULE = 'store/queries/search-entities';

/** What every entity result carries, in search hits and in the detail view alike. */
export interface EntitySummary {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  nameEn: string | null;
  mentionCount: number;
}

export interface EntityHit extends EntitySummary {
  score: number;
}

export interface SearchOptions {
  q: string;
  limit?: number;
  types?: string[];
}

export const DEFAULT_SEARCH_OPTIONS = { limit: 10 };

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function escapeLucene(text: string): string {
  return text.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

const LATIN_WORD = /^[A-Za-z0-9]+$/;
const CJK_CHAR = /^\p{Script=Han}$/u;

/** Hyphens, dots and underscores join the words of a Latin name (Ko Wen-je, elon-musk, Tsai_Ing-wen). */
const LATIN_JOINERS = /[-‐‑–—_.]+/g;

/**
 * The Lucene query for raw user input, or null when nothing searchable is left. A query of several
 * Latin words needs every word (each as itself or a prefix), so "Ko Wen-je" finds no Korea by "ko*".
 */
export function luceneQuery(input: string): string | null {
  const spaced = /^[\sA-Za-z0-9\-‐‑–—_.]+$/.test(input) ? input.replace(LATIN_JOINERS, ' ') : input;
  const words = spaced.trim().split(/\s+/).filter(Boolean);
  const allLatin = words.length > 1 && words.every((w) => LATIN_WORD.test(w));
  const clauses: string[] = [];
  for (const word of words) {
    const escaped = escapeLucene(word);
    // Lower case, so AND/OR/NOT/TO typed by a user are words, not Lucene operators.
    if (LATIN_WORD.test(word)) clauses.push(allLatin ? `+(${word.toLowerCase()} ${word.toLowerCase()}*)` : `${word.toLowerCase()} ${word.toLowerCase()}*`);
    else if (CJK_CHAR.test(word)) clauses.push(`${escaped}*`);
    else clauses.push(escaped);
  }
  if (words.length > 1) clauses.push(`"${escapeLucene(words.join(' ').toLowerCase())}"^2`);
  return clauses.length === 0 ? null : clauses.join(' ');
}

export async function searchEntities(store: Store, options: SearchOptions): Promise<EntityHit[]> {
  const limit = options.limit ?? DEFAULT_SEARCH_OPTIONS.limit;
  const params = {
    limit: intOption(MODULE, 'limit', limit, 1, 1000),
    types: typesOption(MODULE, options.types),
  };
  const q = typeof options.q === 'string' ? options.q.trim() : '';
  const query = luceneQuery(q);
  if (query === null) return [];
  const rows = await store.read('search-entities', { ...params, query, exact: q, candidates: neo4j.int(Math.max(50, limit * 5)) });
  return rows as unknown as EntityHit[];
}

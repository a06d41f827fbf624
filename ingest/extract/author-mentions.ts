// Authors and outlets the text itself credits (中新网乌鲁木齐5月5日电 (宋建泽 韩栋); 来源:新华网):
// the parser knows them, the byline's names as people and the source line's outlet as an
// organization. Where the text writes such a name on its own it is a mention of it, even when the
// tagger missed it; an outlet the date line alone names (the parser took that line out of the
// body) is still an organization of the article, as a byline's author is a person of it.
// Pure: offsets are those of the normalized text.
import type { ExtractedEntity } from '../model.ts';
import { normalizeName } from '../parse/normalize.ts';
import type { Dictionaries } from './dictionaries.ts';
import { canonicalName, entityId } from './identity.ts';
import { isHan } from './rules/name-shapes.ts';
import { candidate, type Candidate } from './span.ts';
import { isValidCandidate } from './validate.ts';

/** Occurrences of `name` in `text` on their own (not inside a longer run of Han characters) that no accepted span covers. */
function ownMentions(text: string, name: string, type: Candidate['type'], accepted: readonly Candidate[], out: Candidate[]): void {
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    const end = i + name.length;
    // A name written inside a longer run of Han characters is another word (王欣然).
    if (isHan(text[i - 1]) || isHan(text[end])) continue;
    if (accepted.some((c) => c.start < end && c.end > i)) continue;
    out.push(candidate(i, end, type, text, 'document'));
  }
}

export function authorMentions(text: string, authors: readonly string[], accepted: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const author of authors) {
    const name = normalizeName(author);
    if (name.length >= 2) ownMentions(text, name, 'Person', accepted, out);
  }
  return out;
}

/** What a source line says when it names no outlet (来源:网络, 综合报道, 本报讯). */
const NO_OUTLET =
  /^(?:网络|网上|网友|互联网|综合|综合报道|综合消息|本报|本台|本网|本刊|本站|资料|资料图|记者|编辑|通讯员|供图|图片|官网|官方|微博|微信|公众号|客户端|新闻|未知|其他|原创|转载|整理)$/u;
/** How outlets' names end (中新网, 联合早报, 新华社, 三立新闻台, 财新周刊, 人民日报客户端). */
export const OUTLET_END = /(?:网|报|社|台|新闻|电视|电台|广播|周刊|杂志|财经|传媒|媒体|频道|客户端|日报|时报|晚报|早报|商报|观察|资讯|在线|头条|视频)$/u;

/**
 * The outlet a source line names, as an organization's name, or undefined when it names none (网络)
 * or reads as no name: an organization the dictionaries list, a name ending as outlets' names do, or
 * Latin letters (CNBC, Now新闻台).
 */
export function outletName(source: string | undefined, dicts: Dictionaries): string | undefined {
  if (source === undefined) return undefined;
  const name = normalizeName(source).trim();
  if (name.length < 2 || name.length > 16 || NO_OUTLET.test(name)) return undefined;
  const c = candidate(0, name.length, 'Organization', name, 'rule');
  if (!isValidCandidate(c, dicts, { strictStatistical: false })) return undefined;
  const listed = dicts.lexicon.get(name);
  if (listed !== undefined) return listed.type === 'Organization' ? name : undefined;
  return OUTLET_END.test(name) || /^[A-Za-z]/.test(name) ? name : undefined;
}

/** What joins two outlets in one source line (来源:某某网-某某晚报, 某某社/某某报). */
const OUTLET_JOINER = /\s*[-－—–/／]\s*/u;

/**
 * The outlets a source line names: two joined by a dash or slash (某某网-某某晚报: the site that ran
 * the paper's story) are two, each an outlet's name; otherwise the one outletName reads.
 */
export function outletNames(source: string | undefined, dicts: Dictionaries): string[] {
  if (source === undefined) return [];
  const parts = source.split(OUTLET_JOINER);
  if (parts.length === 2) {
    const two = parts.map((p) => outletName(p, dicts));
    if (two.every((o) => o !== undefined)) return two as string[];
  }
  const one = outletName(source, dicts);
  return one === undefined ? [] : [one];
}

/** The outlet's own mentions in the text (where the tagger missed it). */
export function outletMentions(text: string, outlet: string | undefined, accepted: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  if (outlet !== undefined) ownMentions(text, outlet, 'Organization', accepted, out);
  return out;
}

/**
 * The outlet as an organization of the article when no entity of the extraction names it already:
 * with no mentions when the text names it only in the date line the parser took out of the body.
 */
export function outletEntity(outlet: string | undefined, entities: readonly ExtractedEntity[], dicts: Dictionaries): ExtractedEntity | undefined {
  if (outlet === undefined) return undefined;
  const canonical = canonicalName(outlet, 'Organization', dicts);
  if (entities.some((e) => e.name === outlet || e.name === canonical || e.aliases.includes(outlet))) return undefined;
  const entity: ExtractedEntity = {
    id: entityId('Organization', canonical),
    name: canonical,
    type: 'Organization',
    aliases: canonical === outlet ? [] : [outlet],
    mentions: [],
  };
  return entity;
}

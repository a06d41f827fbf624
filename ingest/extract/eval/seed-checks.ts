// The seed checks of issue 3 as data: what the seed article (../shared/corpus) must yield. The
// named tests (test/ingest/extract/seed-*.test.ts) and `npm run eval` read the same lists, so the
// two can never disagree about what "the seed passes" means.
import type { ArticleExtraction, EntityType, ExtractedEntity, RelationType } from '../../model.ts';

/** Every person, organization and place of the main article, with its type. */
export const SEED_ENTITIES: ReadonlyArray<readonly [string, EntityType]> = [
  ['张忠谋', 'Person'],
  ['布林肯', 'Person'],
  ['马斯克', 'Person'],
  ['埃隆•马斯克', 'Person'],
  ['库克', 'Person'],
  ['李强', 'Person'],
  ['郑栅洁', 'Person'],
  ['窦唯', 'Person'],
  ['王欣', 'Person'],
  ['王一鹏', 'Person'],
  ['苏纳克', 'Person'],
  ['张亚勤', 'Person'],
  ['姚期智', 'Person'],
  ['傅莹', 'Person'],
  ['欣顿', 'Person'],
  ['本吉奥', 'Person'],
  ['拉塞尔', 'Person'],
  ['台积电', 'Organization'],
  ['特斯拉', 'Organization'],
  ['百度', 'Organization'],
  ['苹果', 'Organization'],
  ['Stanford HAI', 'Organization'],
  ['Wedbush Securities', 'Organization'],
  ['国家发展改革委', 'Organization'],
  ['国家互联网信息办公室', 'Organization'],
  ['虎嗅', 'Organization'],
  ['智源研究院', 'Organization'],
  ['清华大学智能产业研究院', 'Organization'],
  ['加州大学伯克利分校', 'Organization'],
  ['中国', 'Place'],
  ['美国', 'Place'],
  ['北京', 'Place'],
  ['上海', 'Place'],
  ['贵州', 'Place'],
  ['英国', 'Place'],
  ['欧洲', 'Place'],
];

/** Pieces of names that naive segmentation produces (布 + 林肯, 苏 + 纳克). */
export const SEED_FRAGMENTS: readonly string[] = ['布', '林肯', '纳克', '欣', '埃', '隆'];

/** Ordinary words that naive POS tags call places or organizations. */
export const SEED_COMMON_WORDS: readonly string[] = ['美丽', '大国', '超级大国', '高水平', '科技公司', 'AI公司'];

/** Pairs that must be co-mentioned in the main article: [label, a, b]. */
export const SEED_PAIRS: ReadonlyArray<readonly [string, string, string]> = [
  ['Musk', '马斯克', '特斯拉'],
  ['Musk', '马斯克', '中国'],
  ['Tesla', '特斯拉', '中国'],
  ['Tesla', '特斯拉', '上海'],
  ['Blinken', '布林肯', '中国'],
  ['Blinken', '布林肯', '北京'],
];

/** The entity whose name or one of whose aliases is `name`. */
export function entityNamed(x: ArticleExtraction, name: string): ExtractedEntity | undefined {
  return x.entities.find((e) => e.name === name || e.aliases.includes(name));
}

export function paired(x: ArticleExtraction, a: string, b: string): boolean {
  const ea = entityNamed(x, a);
  const eb = entityNamed(x, b);
  if (!ea || !eb) return false;
  return x.coMentions.some((c) => (c.source === ea.id && c.target === eb.id) || (c.source === eb.id && c.target === ea.id));
}

export interface SeedCheck {
  name: string;
  pass: boolean;
}

type Event = ArticleExtraction['events'][number];

/** The dated events of the main article: [name, finder, expected date]. */
export const SEED_EVENTS: ReadonlyArray<readonly [string, (e: Event) => boolean, string]> = [
  ['Blinken visit', (e) => e.kind === 'visit' && e.participants.includes('person:布林肯'), '2024-04-26'],
  ['Musk visit', (e) => e.kind === 'visit' && e.participants.includes('person:马斯克'), '2024-04-28'],
  ['AI safety summit', (e) => e.name.endsWith('峰会') && e.name.includes('AI安全'), '2023-11'],
  ['Beijing AI safety dialogue', (e) => e.name.includes('AI安全') && e.name.endsWith('对话'), '2024-03'],
];

/** Typed relations of the main article (issue 16): [type, source, target, earliest and latest date]. */
export const SEED_RELATIONS: ReadonlyArray<readonly [RelationType, string, string, string, string]> = [
  ['VISITS', '布林肯', '中国', '2024-04-24', '2024-04-26'],
  ['VISITS', '马斯克', '北京', '2024-04-28', '2024-04-28'],
];

/** The check's name as tests and `npm run eval` print it (布林肯 VISITS 中国 dated 2024-04-24..2024-04-26). */
export function seedRelationName([type, a, b, from, to]: (typeof SEED_RELATIONS)[number]): string {
  return `${a} ${type} ${b} dated ${from === to ? from : `${from}..${to}`}`;
}

/** Whether `x` has the relation type a → b with a date in [from, to] (ISO dates compare as text). */
export function relationFound(x: ArticleExtraction, [type, a, b, from, to]: (typeof SEED_RELATIONS)[number]): boolean {
  const source = entityNamed(x, a)?.id;
  const target = entityNamed(x, b)?.id;
  if (source === undefined || target === undefined) return false;
  return (x.relations ?? []).some(
    (r) => r.type === type && r.source === source && r.target === target && r.date !== undefined && r.date >= from && r.date <= to,
  );
}

/** Every seed check on the seed's extractions (main article first, then its 相关 snippets). */
export function seedChecks(extractions: readonly ArticleExtraction[]): SeedCheck[] {
  const [main, ...snippets] = extractions;
  if (!main) return [{ name: 'the seed parses into a main article', pass: false }];
  const named = (list: readonly string[]): boolean => !list.some((w) => entityNamed(main, w) !== undefined);
  return [
    ...SEED_ENTITIES.map(([name, type]) => ({ name: `${name} is a ${type}`, pass: entityNamed(main, name)?.type === type })),
    ...SEED_FRAGMENTS.map((f) => ({ name: `no fragment ${f}`, pass: named([f]) })),
    ...SEED_COMMON_WORDS.map((w) => ({ name: `no common word ${w}`, pass: named([w]) })),
    ...SEED_PAIRS.map(([label, a, b]) => ({ name: `${label}: ${a}–${b} co-mentioned`, pass: paired(main, a, b) })),
    ...SEED_EVENTS.map(([label, find, date]) => ({ name: `${label} dated ${date}`, pass: main.events.find(find)?.date === date })),
    ...SEED_RELATIONS.map((r) => ({ name: seedRelationName(r), pass: relationFound(main, r) })),
    {
      name: 'nothing in a 相关 snippet co-mentioned with the main article',
      pass:
        snippets.length > 0 &&
        entityNamed(main, '哈马斯') === undefined &&
        snippets.every((x) => entityNamed(x, '马斯克') === undefined) &&
        extractions.every((x) => {
          const ids = new Set(x.entities.map((e) => e.id));
          return x.coMentions.every((c) => ids.has(c.source) && ids.has(c.target));
        }),
    },
  ];
}

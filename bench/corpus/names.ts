// The names a generated corpus draws from, by type, most popular first: every person, organization
// and place named in the MSRA training text ranked by how often it is named there (so 中国, 美国 and
// 北京 lead, as in the news), then a long tail of invented person and organization names that only
// a large corpus reaches, so the graph keeps finding new entities as it grows.
import { msraTaggedSentences } from '../lib/msra-articles.ts';

export type NameType = 'PER' | 'ORG' | 'LOC';

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红飞建国文辉力宁志春林斌海波宇鹏浩然子轩思远嘉怡晨阳欣悦雨涵博文梓涵俊杰';
const ORG_HEADS = '华信恒通宏达嘉禾中科新元瑞丰远航天成金桥海川鼎盛博雅青峰星河云帆鸿运启明万象';
const ORG_TAILS = ['集团', '科技有限公司', '研究院', '基金会', '协会', '银行', '大学', '委员会', '控股公司', '出版社'];

/** Invented tail names: `count` persons (surname + one or two given characters) or organizations. */
function invented(type: 'PER' | 'ORG', count: number): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < count; i++) {
    if (type === 'PER') {
      const s = SURNAMES[i % SURNAMES.length]!;
      const g1 = GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length]!;
      const g2 = GIVEN[Math.floor(i / (SURNAMES.length * GIVEN.length)) % GIVEN.length];
      out.push(i < SURNAMES.length * GIVEN.length ? s + g1 : s + g1 + g2);
    } else {
      const a = ORG_HEADS[(i * 2) % ORG_HEADS.length]! + ORG_HEADS[(i * 2 + 1 + Math.floor(i / ORG_HEADS.length)) % ORG_HEADS.length]!;
      out.push(a + ORG_TAILS[Math.floor(i / ORG_HEADS.length) % ORG_TAILS.length]!);
    }
  }
  return out;
}

/** Names by type, most popular first (read once per process). */
let lists: Record<NameType, string[]> | undefined;
export function rankedNames(): Record<NameType, string[]> {
  if (lists) return lists;
  const counts: Record<NameType, Map<string, number>> = { PER: new Map(), ORG: new Map(), LOC: new Map() };
  for (const s of msraTaggedSentences()) {
    for (const sp of s.spans) {
      const name = s.text.slice(sp.start, sp.end);
      if (name.length >= 2) counts[sp.type].set(name, (counts[sp.type].get(name) ?? 0) + 1);
    }
  }
  const ranked = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([n]) => n);
  const withTail = (type: 'PER' | 'ORG', head: string[], tail: number) => {
    const seen = new Set(head);
    return [...head, ...invented(type, tail).filter((n) => !seen.has(n))];
  };
  lists = { PER: withTail('PER', ranked(counts.PER), 30_000), ORG: withTail('ORG', ranked(counts.ORG), 10_000), LOC: ranked(counts.LOC) };
  return lists;
}

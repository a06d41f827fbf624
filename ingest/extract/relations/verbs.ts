// The one table of Chinese verbs and structures that state a typed relation (issue 16): which cue
// gives which type, in which sentence shapes, and which way the edge points. The relation finders
// (finders.ts) and the events pass read it, so a verb is added in one place only.
import type { EntityType, RelationType } from '../../model.ts';

/** Every relation type but HOLDS_ROLE (roles/ reads those from titles, not verbs). */
export type VerbRelationType = Exclude<RelationType, 'HOLDS_ROLE'>;

/**
 * How the two ends stand around the cue (A = source, B = target unless `reversed`):
 * - `svo`: A … cue B (甲会见乙, 美国制裁俄罗斯, 访问了北京); with 被 before the agent the ends swap
 *   (乙被甲击败).
 * - `mutual`: A 与/同/和/跟 B … cue (甲同乙举行会谈, 甲与乙通电话).
 * - `china`: A … cue, and the cue's 华 is the place 中国 (访华, 来华).
 * - `dui`: A … 对 B + light verb + cue (对俄罗斯实施制裁, 对北京进行国事访问, 对此表示谴责).
 * - `xiang`: A … 向 B + 提出 + cue (向美方提出严正交涉).
 * - `jiang`: A … 将 B + cue (将华为列入实体清单).
 * - `received`: B 受到/遭到 A 的 cue (乙受到甲的接见): the agent comes second.
 * - `score`: A + score + cue + B (2比0胜, 1:3负): the cue alone is too common a character.
 */
export type TriggerShape = 'svo' | 'mutual' | 'china' | 'dui' | 'xiang' | 'jiang' | 'received' | 'score';

export interface RelationTrigger {
  /** The verb or structure's fixed part as written (simplified). */
  cue: string;
  type: VerbRelationType;
  shapes: readonly TriggerShape[];
  /** The entity written first is the target (负于, 输给, 不敌: the loser comes first). */
  reversed?: true;
  /** A noun that must follow the cue in its clause (签署 … 协议), as a regex source. */
  needs?: string;
  /** Entity types allowed at each end (before `reversed` is applied: as the edge points). */
  source: readonly EntityType[];
  target: readonly EntityType[];
  /** What kind of event the cue names, for the events pass (meeting, call, visit …). */
  event: string;
}

const ACTORS: readonly EntityType[] = ['Person', 'Organization', 'Place'];
const PEOPLE_AND_BODIES: readonly EntityType[] = ['Person', 'Organization'];
const PLACES: readonly EntityType[] = ['Place'];
const DOCUMENTS = '协议|协定|声明|合同|备忘录|条约|公报|意向书|议定书|合作文件|宣言';

const t = (cue: string, type: VerbRelationType, shapes: TriggerShape[], event: string, more: Partial<RelationTrigger> = {}): RelationTrigger => ({
  cue,
  type,
  shapes,
  source: ACTORS,
  target: ACTORS,
  event,
  ...more,
});

/** Every cue, grouped by type. Longer cues win where two start at one offset (视频通话 over 通话). */
export const RELATION_TRIGGERS: readonly RelationTrigger[] = [
  t('会见', 'MEETS', ['svo', 'mutual', 'received'], 'meeting'),
  t('会晤', 'MEETS', ['svo', 'mutual'], 'meeting'),
  t('会谈', 'MEETS', ['mutual'], 'meeting'),
  t('会面', 'MEETS', ['mutual'], 'meeting'),
  t('见面', 'MEETS', ['mutual'], 'meeting'),
  t('接见', 'MEETS', ['svo', 'received'], 'meeting'),
  t('通电话', 'CALLS', ['mutual'], 'call'),
  t('电话会谈', 'CALLS', ['mutual'], 'call'),
  t('电话会晤', 'CALLS', ['mutual'], 'call'),
  t('电话交谈', 'CALLS', ['mutual'], 'call'),
  t('视频通话', 'CALLS', ['mutual'], 'call'),
  t('视频会晤', 'CALLS', ['mutual'], 'call'),
  t('视频会谈', 'CALLS', ['mutual'], 'call'),
  t('通话', 'CALLS', ['mutual'], 'call'),
  t('致电', 'CALLS', ['svo'], 'call'),
  t('访问', 'VISITS', ['svo', 'dui'], 'visit', { source: PEOPLE_AND_BODIES, target: PLACES }),
  t('到访', 'VISITS', ['svo'], 'visit', { source: PEOPLE_AND_BODIES, target: PLACES }),
  t('抵达', 'VISITS', ['svo'], 'visit', { source: PEOPLE_AND_BODIES, target: PLACES }),
  t('飞抵', 'VISITS', ['svo'], 'visit', { source: PEOPLE_AND_BODIES, target: PLACES }),
  t('出访', 'VISITS', ['svo'], 'visit', { source: PEOPLE_AND_BODIES, target: PLACES }),
  t('赴', 'VISITS', ['svo'], 'visit', { source: PEOPLE_AND_BODIES, target: PLACES }),
  t('访华', 'VISITS', ['china'], 'visit', { source: PEOPLE_AND_BODIES, target: PLACES }),
  t('来华', 'VISITS', ['china'], 'visit', { source: PEOPLE_AND_BODIES, target: PLACES }),
  t('赴华', 'VISITS', ['china'], 'visit', { source: PEOPLE_AND_BODIES, target: PLACES }),
  t('抵华', 'VISITS', ['china'], 'visit', { source: PEOPLE_AND_BODIES, target: PLACES }),
  t('签署', 'SIGNS', ['mutual'], 'signing', { needs: DOCUMENTS }),
  t('签订', 'SIGNS', ['mutual'], 'signing', { needs: DOCUMENTS }),
  t('谴责', 'CRITICIZES', ['svo', 'dui'], 'criticism'),
  t('批评', 'CRITICIZES', ['svo', 'dui'], 'criticism'),
  t('抨击', 'CRITICIZES', ['svo', 'dui'], 'criticism'),
  t('指责', 'CRITICIZES', ['svo', 'dui'], 'criticism'),
  t('抗议', 'PROTESTS', ['svo', 'dui', 'xiang'], 'protest'),
  t('交涉', 'PROTESTS', ['xiang'], 'protest'),
  t('支持', 'SUPPORTS', ['svo', 'dui'], 'support'),
  // 欢迎 + a person is a host greeting a guest; a state or body welcomes another's move.
  t('欢迎', 'SUPPORTS', ['svo', 'dui'], 'support', { source: ['Organization', 'Place'], target: ['Organization', 'Place'] }),
  t('声援', 'SUPPORTS', ['svo'], 'support'),
  t('制裁', 'SANCTIONS', ['svo', 'dui'], 'sanction'),
  t('列入实体清单', 'SANCTIONS', ['jiang'], 'sanction'),
  t('列入出口管制实体清单', 'SANCTIONS', ['jiang'], 'sanction'),
  t('起诉', 'SUES', ['svo'], 'lawsuit', { source: PEOPLE_AND_BODIES, target: PEOPLE_AND_BODIES }),
  t('控告', 'SUES', ['svo'], 'lawsuit', { source: PEOPLE_AND_BODIES, target: PEOPLE_AND_BODIES }),
  t('状告', 'SUES', ['svo'], 'lawsuit', { source: PEOPLE_AND_BODIES, target: PEOPLE_AND_BODIES }),
  t('提起诉讼', 'SUES', ['dui'], 'lawsuit', { source: PEOPLE_AND_BODIES, target: PEOPLE_AND_BODIES }),
  t('判决', 'RULES', ['svo', 'dui'], 'ruling', { source: ['Organization'], target: PEOPLE_AND_BODIES }),
  t('裁定', 'RULES', ['svo'], 'ruling', { source: ['Organization'], target: PEOPLE_AND_BODIES }),
  t('判处', 'RULES', ['svo'], 'ruling', { source: ['Organization'], target: ['Person'] }),
  t('袭击', 'ATTACKS', ['svo', 'dui'], 'attack'),
  t('空袭', 'ATTACKS', ['svo', 'dui'], 'attack'),
  t('轰炸', 'ATTACKS', ['svo', 'dui'], 'attack'),
  t('炮击', 'ATTACKS', ['svo', 'dui'], 'attack'),
  t('击败', 'COMPETES', ['svo'], 'match'),
  t('战胜', 'COMPETES', ['svo'], 'match'),
  t('胜', 'COMPETES', ['score'], 'match'),
  t('负', 'COMPETES', ['score'], 'match', { reversed: true }),
  t('力克', 'COMPETES', ['svo'], 'match'),
  t('大胜', 'COMPETES', ['svo'], 'match'),
  t('完胜', 'COMPETES', ['svo'], 'match'),
  t('险胜', 'COMPETES', ['svo'], 'match'),
  t('横扫', 'COMPETES', ['svo'], 'match'),
  t('淘汰', 'COMPETES', ['svo'], 'match'),
  t('负于', 'COMPETES', ['svo'], 'match', { reversed: true }),
  t('惜败于', 'COMPETES', ['svo'], 'match', { reversed: true }),
  t('惜败给', 'COMPETES', ['svo'], 'match', { reversed: true }),
  t('输给', 'COMPETES', ['svo'], 'match', { reversed: true }),
  t('不敌', 'COMPETES', ['svo'], 'match', { reversed: true }),
];

/** Cue → its trigger. */
export const TRIGGER_BY_CUE: ReadonlyMap<string, RelationTrigger> = new Map(RELATION_TRIGGERS.map((tr) => [tr.cue, tr]));

/**
 * One regex over every cue, longest first (global: search it with exec from lastIndex 0);
 * relationCues finds the same cues faster.
 */
export const RELATION_CUE = new RegExp([...TRIGGER_BY_CUE.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).join('|'), 'gu');

/** The cues by their first code unit (all are Han characters of the BMP), longest first. */
const CUES_BY_FIRST = new Map<number, string[]>();
/** 1 at the code units some cue starts with: most characters are rejected by one array read. */
const CUE_FIRST = new Uint8Array(0x10000);
for (const cue of TRIGGER_BY_CUE.keys()) {
  CUE_FIRST[cue.charCodeAt(0)] = 1;
  const list = CUES_BY_FIRST.get(cue.charCodeAt(0));
  if (list === undefined) CUES_BY_FIRST.set(cue.charCodeAt(0), [cue]);
  else list.push(cue);
}
for (const list of CUES_BY_FIRST.values()) list.sort((a, b) => b.length - a.length);

/** A cue of a text: where it starts and its trigger. */
export interface CueHit {
  at: number;
  trigger: RelationTrigger;
}

/**
 * The cues RELATION_CUE finds in `text` (leftmost, the longest where two start together, none
 * overlapping), by one scan of its code units: the regex tried its alternation at every offset,
 * and the events and relations passes each searched every sentence holding a cue.
 */
export function relationCues(text: string): CueHit[] {
  const out: CueHit[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    let cue: string | undefined;
    if (CUE_FIRST[c] === 1) {
      for (const w of CUES_BY_FIRST.get(c)!)
        if (w.length === 1 || text.startsWith(w, i)) {
          cue = w;
          break;
        }
    }
    if (cue === undefined) i++;
    else {
      out.push({ at: i, trigger: TRIGGER_BY_CUE.get(cue)! });
      i += cue.length;
    }
  }
  return out;
}

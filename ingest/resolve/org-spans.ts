// Organizations whose mentions the tagger glued to a word before the name: the day of a date
// (29日|立法院), a word of holding office (现任|某某局), or a subject and its verb in a headline or a
// clause (某某晤|某某会, 调查|某某院) before the name of another organization of the article. The
// mention is cut to the name; an entity all of whose mentions were cut takes it. Pure; called by
// resolveArticle before names are linked, so the cut name joins the organization it names.
import { mentionAt } from '../extract/identity.ts';
import type { EntityType, Mention } from '../model.ts';
import { canonicalForm } from './forms.ts';
import type { Knowledge } from './knowledge.ts';

/** The fields of resolveArticle's working entity this step reads and changes. */
export interface OrgWorking {
  name: string;
  type: EntityType;
  forms: Set<string>;
  mentions: Mention[];
}

/** The day, month or year of a date written right before the name (10月29日立法院…). */
const DATE_UNIT = /^[日月年]/u;
const DIGIT_BEFORE = /[0-9０-９]$/u;
/** Words of holding an office written before the office's body (现任某某局常任秘书长). */
const OFFICE_WORD = /^(?:现任|时任|前任|曾任|出任|担任|兼任|原任|新任|转任|升任)/u;
/**
 * Verbs that take an organization as object or partner, ending what stands before another
 * organization's name (某某晤某会, 某局调查某院, 希望某会): a name never runs on across them. Not
 * 及, 和, 与: names join their parts with them (政制及内地事务局, 国家发展和改革委员会).
 */
const VERB_BEFORE =
  /(?:晤|会晤|会见|接见|约见|召见|拜会|拜访|访问|到访|视察|调查|希望|要求|促请|敦促|批评|谴责|斥|批|吁|呼吁|支持|感谢|邀请|参观|出席|加入|退出|起诉|控告|入股|收购|联同|致函|致信|去信|致电|致|向|赴|抵)$/u;
/** The shortest name left after a cut. */
const MIN_NAME = 2;

/** Where the name starts inside the mention [start, end) of `units`, after what was glued before it; `start` when nothing was. */
function nameStart(units: string, m: Mention, others: readonly string[]): number {
  const s = units.slice(m.start, m.end);
  if (DATE_UNIT.test(s) && DIGIT_BEFORE.test(units.slice(Math.max(0, m.start - 1), m.start)) && s.length - 1 >= MIN_NAME) return m.start + 1;
  const office = OFFICE_WORD.exec(s)?.[0];
  if (office !== undefined && s.length - office.length >= MIN_NAME) return m.start + office.length;
  for (const other of others)
    if (other.length >= MIN_NAME && other.length < s.length && s.endsWith(other) && VERB_BEFORE.test(s.slice(0, s.length - other.length)))
      return m.end - other.length;
  return m.start;
}

/** Organizations glued to a word before the name (see the file's banner), cut to the name. */
export function trimGluedOrganizations(units: string, ws: readonly OrgWorking[], k: Knowledge): void {
  const orgs = ws.filter((w) => w.type === 'Organization' && w.mentions.length > 0);
  if (orgs.length === 0) return;
  const surfaces = new Set<string>();
  for (const w of orgs) for (const m of w.mentions) if (m.nested !== true) surfaces.add(units.slice(m.start, m.end));
  // Longest first: 某某局调查某某二院 is cut before the longest name it ends with.
  const others = [...surfaces].sort((a, b) => b.length - a.length);
  for (const w of orgs) {
    let cut: string | undefined;
    w.mentions = w.mentions.map((m) => {
      if (m.nested === true) return m;
      const at = nameStart(units, m, others);
      if (at === m.start) return m;
      cut = units.slice(at, m.end);
      return mentionAt(at, m.end, m.sentence);
    });
    if (cut === undefined) continue;
    const left = new Set(w.mentions.map((m) => units.slice(m.start, m.end)));
    if (left.has(w.name)) continue; // some mention still reads as the name
    for (const f of [...w.forms]) if (!left.has(f) && f.endsWith(cut) && f !== cut) w.forms.delete(f);
    w.forms.add(cut);
    w.name = canonicalForm(cut, 'Organization', k);
  }
}

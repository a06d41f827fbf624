// Document-level consistency: a name recognized once (国务卿布林肯) is recognized at every other
// occurrence in the same article (布林肯在北京…), where nodejieba alone would cut it into 布 + 林肯.
// The tagger's own names of three or more chars spread too (唐四清 found once, missed seven times);
// shorter ones are too often parts of words. Propagated spans must sit on word boundaries
// (resolve.ts alignedWithWords). The last part of a dotted name (埃隆•马斯克 → 马斯克) is
// propagated too. Never across articles.
import { MIDDLE_DOT } from '../parse/normalize.ts';
import { candidate, type Candidate } from './span.ts';
import { Trie } from './trie.ts';

interface Form {
  type: Candidate['type'];
  canonical?: string;
}

/** One trie for every call, cleared each time (its tables reused: see Trie.clear); calls never nest. */
const forms = new Trie<Form>();

export function propagateNames(text: string, accepted: readonly Candidate[]): Candidate[] {
  let chars = 0;
  for (const c of accepted) chars += c.text.length;
  forms.clear(chars);
  for (const c of accepted) {
    if (c.text.length < (c.origin === 'statistical' ? 3 : 2)) continue;
    const form: Form = c.canonical === undefined ? { type: c.type } : { type: c.type, canonical: c.canonical };
    forms.set(c.text, form);
    if (c.type === 'Person' && c.text.includes(MIDDLE_DOT)) {
      const last = c.text.slice(c.text.lastIndexOf(MIDDLE_DOT) + 1);
      if (last.length >= 2) forms.set(last, { type: 'Person', canonical: last });
    }
  }
  if (forms.size === 0) return [];
  const out: Candidate[] = [];
  for (let i = forms.nextStart(text, 0); i < text.length; i = forms.nextStart(text, i + 1)) {
    const found = forms.findAt(text, i, 24);
    for (let k = 0; k < found; k++) {
      const end = forms.foundEnds[k]!;
      const form = forms.foundValues[k]!;
      out.push(candidate(i, end, form.type, text, 'document', form.canonical === undefined ? undefined : { canonical: form.canonical }));
    }
  }
  return out;
}

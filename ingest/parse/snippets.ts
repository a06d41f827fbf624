// The "相关:" block of a news page: each line is another article, its title run straight into
// its body. Splitting them apart (and never merging them with the host article) is what keeps
// 哈马斯 from being co-mentioned with 马斯克.

export interface Snippet {
  title: string;
  body: string;
  source?: string;
  /** Month and day from a dateline (中新网北京5月5日电), resolved later against the host's year. */
  dateline?: { month: number; day: number };
  /** Reporters the dateline credits in brackets (中新网喀什5月5日电 (记者 孙亭文), (宋建泽 韩栋)). */
  authors?: string[];
}

const SOURCE_TAG = /【([^】]{1,20})】/;
const DATELINE = /^(中新网|新华社|人民网|央视网|环球网)([\p{Script=Han}]{0,8}?)(\d{1,2})月(\d{1,2})日电\s*/u;
// Words that open a news body: the title ends where one of them starts.
const BODY_OPENERS = /(当地时间|据[^,,。]{0,12}(?:报道|消息)|本报讯|日前|近日|今年\d|\d{1,2}月\d{1,2}日[,,电]|文\s*[||])/u;
const CUT_MARK = /[.。…]{2,}$/;

function trimCut(s: string): string {
  return s.replace(CUT_MARK, '').trim();
}

/** The bracket right after a dateline: a role word, then names of two to four Han characters. */
const CREDIT = /^[((]\s*(?:记者|通讯员|实习生|摄影)?\s*([\p{Script=Han}]{2,4}(?:[\s、,,]+[\p{Script=Han}]{2,4}){0,3})\s*[))]/u;

function withDateline(snippet: Snippet): Snippet {
  const m = DATELINE.exec(snippet.body);
  if (!m) return snippet;
  const out: Snippet = { ...snippet, source: snippet.source ?? m[1], dateline: { month: Number(m[3]), day: Number(m[4]) } };
  const credit = CREDIT.exec(snippet.body.slice(m[0].length));
  if (credit) out.authors = credit[1]!.split(/[\s、,,]+/u);
  return out;
}

/** Split one snippet line into title and body; the body keeps its dateline (it is text). */
export function splitSnippet(line: string): Snippet {
  const s = trimCut(line.trim());
  const tag = SOURCE_TAG.exec(s);
  if (tag && tag.index >= 4) {
    return withDateline({
      title: s.slice(0, tag.index).trim(),
      body: s.slice(tag.index + tag[0].length).trim(),
      source: tag[1]!.replace(/(报道|讯|消息)$/u, ''),
    });
  }
  const gap = /\s{2,}|\u3000/.exec(s);
  if (gap && gap.index >= 4) {
    return withDateline({ title: s.slice(0, gap.index).trim(), body: s.slice(gap.index + gap[0].length).trim() });
  }
  const head = s.slice(0, 60);
  const question = /[??!!]/.exec(head);
  const opener = BODY_OPENERS.exec(head.slice(6));
  const cuts = [question ? question.index + 1 : Infinity, opener ? opener.index + 6 : Infinity];
  const cut = Math.min(...cuts);
  if (cut !== Infinity && cut >= 6) return withDateline({ title: s.slice(0, cut).trim(), body: s.slice(cut).trim() });
  const comma = /[,,。]/.exec(head);
  if (comma && comma.index >= 6) return { title: s.slice(0, comma.index).trim(), body: s };
  return { title: head.trim(), body: s };
}

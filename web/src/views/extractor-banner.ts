// A banner above the explorer when the server extracts degraded: its NER model did not load and the
// operator opted in to jieba POS tags (EXTRACTOR=jieba-fallback), so entities are found with F1 ~53
// instead of ~89. Whoever reads the graph should know, not only whoever reads the server's log.
// The server says so in /api/health (web/server/routes/health.ts).
import type { ApiHealth, ExtractorHealth } from '../core/api/index.ts';
import { el } from './dom.ts';

/** The banner's text for a degraded extractor, or null when there is nothing to say. */
export function degradedBannerText(extractor: ExtractorHealth | null | undefined): string | null {
  if (!extractor?.degraded) return null;
  return (
    '降级模式：实体识别模型未加载，改用 jieba 词性标注（F1 约 53，而非约 89），图谱中的人名、机构和地点可能不全或有误。' +
    ` Degraded mode: the NER model (${extractor.model}) did not load; entities come from jieba POS tags (F1 ~53 instead of ~89), so people, organizations and places may be missing or wrong.` +
    ' Restore it with npm run train.'
  );
}

/** Asks /api/health and, when degraded, puts the banner at the top of the page. */
export async function showExtractorBanner(parent: HTMLElement = document.body): Promise<void> {
  const response = await fetch('/api/health');
  const body = (await response.json().catch(() => ({}))) as Partial<ApiHealth>;
  const text = degradedBannerText(body.extractor);
  if (text === null) return;
  parent.prepend(
    el('div', { class: 'degraded-banner', text, attrs: { role: 'alert', 'data-testid': 'degraded-banner', title: body.extractor?.reason ?? '' } }),
  );
}

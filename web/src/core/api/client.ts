// Typed calls to the explorer's API. Errors carry the server's one-line message.
import type {
  ApiGraph,
  ArticleSummary,
  ArticleView,
  CypherExample,
  CypherResult,
  EntityDetail,
  EventSummary,
  EvidenceItem,
  HistogramBucket,
  HistogramUnit,
  JobsList,
  Page,
  RelationEvidenceItem,
  SearchHit,
} from '../../../shared/api-types.ts';

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Fetches JSON from the API; a failure is an ApiError with the server's message. */
export async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(path, init);
  const body = (await response.json().catch(() => ({}))) as { error?: string };
  if (!response.ok) throw new ApiError(response.status, body.error ?? `${path} answered ${response.status}`);
  return body as T;
}

const qs = (params: Record<string, string | number | undefined>) => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') p.set(k, String(v));
  return p.toString();
};

export const api = {
  home: (o: { from?: string; to?: string; limit?: number; minWeight?: number; edgeLimit?: number } = {}) => call<ApiGraph>(`/api/home?${qs(o)}`),
  search: (q: string, limit = 10) => call<{ results: SearchHit[] }>(`/api/search?${qs({ q, limit })}`),
  entity: (id: string) => call<EntityDetail>(`/api/entities/${encodeURIComponent(id)}`),
  mentions: (id: string, skip: number, limit: number) => call<Page<EvidenceItem>>(`/api/entities/${encodeURIComponent(id)}/mentions?${qs({ skip, limit })}`),
  neighbourhood: (o: { ids: string[]; depth?: number; hubCap?: number; minWeight?: number; from?: string; to?: string }) =>
    call<ApiGraph>(`/api/neighbourhood?${qs({ ids: o.ids.join(','), depth: o.depth, hubCap: o.hubCap, minWeight: o.minWeight, from: o.from, to: o.to })}`),
  evidence: (source: string, target: string, skip: number, limit: number) => call<Page<EvidenceItem>>(`/api/evidence?${qs({ source, target, skip, limit })}`),
  /** Sentences stating a typed edge; for HOLDS_ROLE `title` is the normalized title and target the organization (none: omitted). */
  relationEvidence: (o: { type: string; source: string; target: string | null; title?: string }, skip: number, limit: number) =>
    call<Page<RelationEvidenceItem>>(
      `/api/relation-evidence?${qs({ type: o.type, source: o.source, target: o.target ?? undefined, title: o.title, skip, limit })}`,
    ),
  article: (id: string) => call<ArticleView>(`/api/articles/${encodeURIComponent(id)}`),
  /** Articles that mention `entity` and/or were published on `day` (yyyy-mm-dd, local), newest first. */
  articles: (o: { entity?: string; day?: string; skip?: number; limit?: number }) => call<Page<ArticleSummary>>(`/api/articles?${qs(o)}`),
  path: (source: string, target: string, maxDepth = 6) => call<ApiGraph & { found: boolean }>(`/api/path?${qs({ source, target, maxDepth })}`),
  timeline: (o: { from?: string; to?: string; limit?: number } = {}) => call<{ events: EventSummary[] }>(`/api/timeline?${qs(o)}`),
  /** Per bucket; `auto` lets the server choose day, week, month or year from the data's span. */
  histogram: (bucket: 'auto' | HistogramUnit = 'auto') => call<{ bucket: HistogramUnit; buckets: HistogramBucket[] }>(`/api/histogram?${qs({ bucket })}`),
  /** `token` is API_TOKEN, for a server that runs the console with CONSOLE=token. */
  cypher: (query: string, params: Record<string, unknown>, token?: string) =>
    call<CypherResult>('/api/cypher', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, params }),
    }),
  examples: (token?: string) =>
    call<{ examples: CypherExample[] }>('/api/cypher/examples', token ? { headers: { authorization: `Bearer ${token}` } } : undefined),
  /** Starts a job now; `token` is API_TOKEN (401 without, 403 when wrong or when the server has none). */
  runJob: (name: string, token?: string) =>
    call<{ job: string; runId: string; status: string }>(`/api/jobs/${encodeURIComponent(name)}/run`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: '{}',
    }),
  /** null when the server has no jobs API (404). */
  jobs: async (): Promise<JobsList | null> => {
    const response = await fetch('/api/jobs');
    if (response.status === 404) return null;
    const body = (await response.json().catch(() => ({}))) as { error?: string };
    if (!response.ok) throw new ApiError(response.status, body.error ?? `/api/jobs answered ${response.status}`);
    return body as JobsList;
  },
};

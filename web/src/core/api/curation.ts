// Typed calls of the analyst's desk (issue 17; web/server/routes/curation.ts): curating and watching
// send API_TOKEN as a bearer token (the one core/api/token.ts keeps for the tab); reading needs none.
import type { AlertJson, CurationRecordJson, CurationRequestBody, WatchJson } from '../../../shared/curation-types.ts';
import { call } from './client.ts';

const auth = (token: string | undefined): Record<string, string> => (token ? { authorization: `Bearer ${token}` } : {});

const post = <T>(path: string, body: unknown, token: string | undefined) =>
  call<T>(path, { method: 'POST', headers: { 'content-type': 'application/json', ...auth(token) }, body: JSON.stringify(body) });

export const curationApi = {
  /** Every record, oldest first (undone ones and undos included). */
  list: async () => (await call<{ curations: CurationRecordJson[] }>('/api/curation')).curations,
  /** One operation; the server refuses (400/404/409) with a message that says why. */
  curate: async (body: CurationRequestBody, token: string | undefined) => (await post<{ curation: CurationRecordJson }>('/api/curation', body, token)).curation,
  watches: async () => (await call<{ watches: WatchJson[] }>('/api/watch')).watches,
  watch: async (entity: string, token: string | undefined) => (await post<{ watch: WatchJson }>('/api/watch', { entity }, token)).watch,
  /** Removes every watch that names the entity; resolves to how many. */
  unwatch: async (entity: string, token: string | undefined) =>
    (await call<{ removed: number }>(`/api/watch/${encodeURIComponent(entity)}`, { method: 'DELETE', headers: auth(token) })).removed,
  /** Newest first, at most 500 (the server's cap); `since` an ISO date-time. */
  alerts: async (since?: string) => (await call<{ alerts: AlertJson[] }>(`/api/alerts${since ? `?since=${encodeURIComponent(since)}` : ''}`)).alerts,
};

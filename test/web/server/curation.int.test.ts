// /api/curation, /api/watch and /api/alerts over the real Neo4j: reading needs no token; curating and
// watching need the API_TOKEN bearer (401 without, 403 with a wrong one or none configured); entities
// by id or exact name; bad requests 400, unknown 404, ambiguous 409 with the candidates; alerts as
// JSON and as an Atom feed. Invented texts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractUnresolved } from '../../../ingest/extract/pipeline.ts';
import { ingestDocuments } from '../../../ingest/ingest-documents.ts';
import type { ParsedArticle } from '../../../ingest/model.ts';
import { articleId } from '../../../ingest/parse/article-id.ts';
import type { Store } from '../../../ingest/store/client.ts';
import { createApp } from '../../../web/server/app.ts';
import { openTestStore, resetDatabase } from '../../setup/store.ts';

const TOKEN = 'test-token-curation-0123456789';
let store: Store;
beforeAll(async () => {
  store = openTestStore();
  await resetDatabase(store);
  extractUnresolved({ id: 'warm-up', title: '预热', text: '李明远在云栖市。', authors: [] });
});
afterAll(async () => {
  await store.close();
});

function article(title: string, text: string, day: string): ParsedArticle {
  return { id: articleId({ title, text }), title, text, authors: [], publishedAt: `2024-04-${day}T09:00:00+08:00` };
}
const MEETING = article('赵启航会见李明远', '赵启航在云栖市会见了李明远。赵启航表示，双方将加强合作。', '01');
const SHORT = article('星研院与云栖市合作', '星研院今天与云栖市签署合作协议。星研院院长李明远说，合作将继续。', '02');
const PERSON = article('星研院与云栖市', '星研院与云栖市签署合作协议。星研院表示，李明远将牵头这项合作。', '04');
const TALKS = article('李明远与周岚岚会谈', '李明远与周岚岚在云栖市举行会谈。双方表示将继续合作。', '03');

const app = (apiToken?: string) => createApp({ store, jobs: { apiToken } });
const post = (path: string, body: unknown, token?: string) =>
  app(TOKEN).request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token === undefined ? {} : { authorization: `Bearer ${token}` }) },
    body: JSON.stringify(body),
  });

describe('/api/curation, /api/watch, /api/alerts', { timeout: 300_000 }, () => {
  it('should curate only with the API token, by id or exact name, and list the audit trail', async () => {
    await ingestDocuments(store, [[MEETING]]);
    expect((await (await app(TOKEN).request('/api/curation')).json()) as unknown).toEqual({ curations: [] });
    expect((await post('/api/curation', { operation: 'hide', entity: '赵启航' })).status).toBe(401);
    expect((await post('/api/curation', { operation: 'hide', entity: '赵启航' }, 'wrong')).status).toBe(403);
    const noToken = await app(undefined).request('/api/curation', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ operation: 'hide', entity: '赵启航' }),
    });
    expect(noToken.status).toBe(403);
    expect(((await noToken.json()) as { error: string }).error).toMatch(/set API_TOKEN/);

    const res = await post('/api/curation', { operation: 'rename', entity: '赵启航', name: '赵启航先生', who: 'analyst-1', why: '全名' }, TOKEN);
    expect(res.status).toBe(201);
    const { curation } = (await res.json()) as { curation: { id: string; request: unknown } };
    expect(curation.request).toEqual({ operation: 'rename', entity: 'person:赵启航', name: '赵启航先生' });
    const list = (await (await app().request('/api/curation')).json()) as { curations: { id: string; who: string; why: string; undone: boolean }[] };
    expect(list.curations).toMatchObject([{ id: curation.id, who: 'analyst-1', why: '全名', undone: false }]);
    expect((await post('/api/curation', { operation: 'undo', curation: curation.id }, TOKEN)).status).toBe(201);
  });

  it('should answer 400 for a bad request, 404 for an unknown entity, 409 with candidates for an ambiguous name', async () => {
    const bad = await post('/api/curation', { operation: 'explode', entity: '赵启航' }, TOKEN);
    expect(bad.status).toBe(400);
    const self = await post('/api/curation', { operation: 'merge', entities: ['person:李明远', '李明远'] }, TOKEN);
    expect(self.status).toBe(400);
    expect(((await self.json()) as { error: string }).error).toMatch(/cannot be merged with itself/);
    expect((await post('/api/curation', { operation: 'hide', entity: '无此人' }, TOKEN)).status).toBe(404);
    expect((await post('/api/curation', { operation: 'rename', entity: 'person:赵启航', name: '李明远' }, TOKEN)).status).toBe(400);
    await ingestDocuments(store, [[SHORT], [PERSON]]);
    const ambiguous = await post('/api/curation', { operation: 'hide', entity: '星研院' }, TOKEN);
    expect(ambiguous.status).toBe(409);
    expect(((await ambiguous.json()) as { error: string }).error).toMatch(/give one id: organization:星研院 .*; person:星研院/);
  });

  it('should watch with the token, and publish the alerts as JSON and Atom', async () => {
    await resetDatabase(store);
    await ingestDocuments(store, [[MEETING]]);
    expect((await post('/api/watch', { entity: 'person:李明远' })).status).toBe(401);
    const w = await post('/api/watch', { entity: 'person:李明远', who: 'analyst-1' }, TOKEN);
    expect(w.status).toBe(201);
    expect(((await (await app().request('/api/watch')).json()) as { watches: { key: string }[] }).watches.map((x) => x.key)).toEqual(['person:李明远']);
    await ingestDocuments(store, [[TALKS]]);
    const alerts = (await (await app().request('/api/alerts?since=2000-01-01T00:00:00Z')).json()) as { alerts: { entities: string[]; sentence: string }[] };
    expect(alerts.alerts.map((a) => a.entities)).toEqual([['person:周岚岚', 'person:李明远']]);
    expect(alerts.alerts[0]!.sentence).toBe('李明远与周岚岚在云栖市举行会谈。');
    expect((await app().request('/api/alerts?since=yesterday')).status).toBe(400);
    const atom = await app().request('/api/alerts.atom');
    expect(atom.headers.get('content-type')).toMatch(/application\/atom\+xml/);
    const feed = await atom.text();
    expect(feed).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    expect(feed.match(/<entry>/g)).toHaveLength(1);
    expect(feed).toContain('<title>新连接 New connection: 周岚岚 — 李明远</title>');
  });
});

// The jobs page: scheduled ingest jobs, their last runs and failures, from GET /api/jobs (served by
// the ingest jobs' route). Fields are read defensively; a missing API gets a clear message.
import { api } from '../core/api/index.ts';
import { el, formatDay } from './dom.ts';

type Loose = Record<string, unknown>;
const str = (v: unknown) => (v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v));

export class JobsPanel {
  constructor(private readonly root: HTMLElement) {}

  async load(): Promise<void> {
    this.root.replaceChildren(el('p', { class: 'hint', text: '加载中… Loading…' }));
    let body: unknown;
    try {
      body = await api.jobs();
    } catch (err) {
      this.root.replaceChildren(el('p', { class: 'error', text: `任务加载失败 Jobs failed to load: ${(err as Error).message}` }));
      return;
    }
    if (body === null) {
      this.root.replaceChildren(el('p', { class: 'hint', attrs: { id: 'no-jobs-api' }, text: '还没有任务接口 No jobs API yet (GET /api/jobs answered 404).' }));
      return;
    }
    const jobs = (Array.isArray(body) ? body : ((body as Loose).jobs as unknown[] | undefined) ?? []) as Loose[];
    if (!jobs.length) {
      this.root.replaceChildren(el('p', { class: 'hint', text: '没有计划任务 No scheduled jobs' }));
      return;
    }
    this.root.replaceChildren(el('ul', { class: 'jobs' }, jobs.map((job) => this.job(job))));
  }

  private job(job: Loose): HTMLElement {
    const runs = ((job.runs ?? job.lastRuns ?? (job.lastRun ? [job.lastRun] : [])) as Loose[]) ?? [];
    const failures = runs.filter((r) => /fail|error/i.test(str(r.status)));
    return el('li', { class: 'job' }, [
      el('h3', { text: str(job.name) || '(unnamed)' }),
      el('dl', { class: 'facts' }, [
        el('dt', { text: '计划 Schedule' }), el('dd', { text: str(job.schedule) || '—' }),
        el('dt', { text: '来源 Source' }), el('dd', { text: str(job.source) || '—' }),
        el('dt', { text: '失败 Failures' }), el('dd', { class: failures.length ? 'error' : '', text: String(job.failures ?? failures.length) }),
      ]),
      el('table', { class: 'runs' }, [
        el('thead', {}, [el('tr', {}, ['开始 Started', '结束 Finished', '状态 Status', '错误 Error'].map((h) => el('th', { text: h })))]),
        el('tbody', {}, runs.slice(0, 10).map((r) => el('tr', { class: /fail|error/i.test(str(r.status)) ? 'failed' : '' }, [
          el('td', { text: `${formatDay(str(r.startedAt))} ${str(r.startedAt).slice(11, 19)}` }),
          el('td', { text: str(r.finishedAt).slice(11, 19) || '—' }),
          el('td', { text: str(r.status) }),
          el('td', { text: str(r.error) }),
        ]))),
      ]),
    ]);
  }
}

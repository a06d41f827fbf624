// The jobs page: scheduled ingest jobs (schedule, next run), their last runs with counts, and the
// documents that failed, from GET /api/jobs (web/server/routes/jobs.ts). A server without that
// route gets a clear "no jobs API yet"; one without a jobs file says how to add one.
import { api, type JobOverview, type JobsList } from '../core/api/index.ts';
import { el } from './dom.ts';

/** Failures listed per job; a last line counts the rest. */
const FAILURES_SHOWN = 20;

const time = (iso: string | null | undefined) => (iso ? iso.replace('T', ' ').slice(0, 19) : '—');

export class JobsPanel {
  constructor(private readonly root: HTMLElement) {}

  async load(): Promise<void> {
    this.root.replaceChildren(el('p', { class: 'hint', text: '加载中… Loading…' }));
    let body: JobsList | null;
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
    if (!body.jobs.length) {
      this.root.replaceChildren(
        el('p', {
          class: 'hint',
          attrs: { id: 'no-jobs' },
          text: body.jobsFile
            ? `${body.jobsFile} 中没有任务 No jobs in ${body.jobsFile}`
            : '没有计划任务 No scheduled jobs: the server was started without a jobs file (JOBS_FILE, see ingest.jobs.yml).',
        }),
      );
      return;
    }
    this.root.replaceChildren(
      el('p', { class: 'hint', text: body.jobsFile ?? '' }),
      el(
        'ul',
        { class: 'jobs' },
        body.jobs.map((job) => this.job(job)),
      ),
    );
  }

  private job(job: JobOverview): HTMLElement {
    return el('li', { class: 'job' }, [
      el('h3', { text: `${job.name}${job.enabled ? '' : ' (停用 disabled)'}` }),
      el('dl', { class: 'facts' }, [
        el('dt', { text: '计划 Schedule' }),
        el('dd', { text: job.schedule }),
        el('dt', { text: '下次 Next run' }),
        el('dd', { text: time(job.nextRun) }),
        el('dt', { text: '来源 Sources' }),
        el('dd', { text: job.sources.join('\n') }),
      ]),
      el('h4', { text: '最近运行 Last runs' }),
      job.lastRuns.length
        ? el('table', { class: 'runs' }, [
            el('thead', {}, [
              el(
                'tr',
                {},
                ['开始 Started', '结束 Finished', '状态 Status', '新/更/败 New/upd/failed', '错误 Error'].map((h) => el('th', { text: h })),
              ),
            ]),
            el(
              'tbody',
              {},
              job.lastRuns.map((r) =>
                el('tr', { class: r.status === 'failed' || r.error ? 'failed' : '' }, [
                  el('td', { text: time(r.startedAt) }),
                  el('td', { text: time(r.finishedAt) }),
                  el('td', { text: r.status }),
                  el('td', { text: `${r.counts.new}/${r.counts.updated}/${r.counts.failed}` }),
                  el('td', { text: r.error ?? '' }),
                ]),
              ),
            ),
          ])
        : el('p', { class: 'hint', text: '还没有运行 Not run yet' }),
      el('h4', { text: `失败 Failures (${job.failures.length})` }),
      el('ul', { class: 'failures' }, [
        ...job.failures
          .slice(0, FAILURES_SHOWN)
          .map((f) =>
            el('li', { class: f.status === 'failed' ? 'error' : '' }, [
              el('span', { text: `${f.document} — ${f.reason}: ${f.message} (${f.attempts}×, ${f.status})` }),
            ]),
          ),
        job.failures.length > FAILURES_SHOWN &&
          el('li', {
            class: 'hint',
            text: `… 另有 ${job.failures.length - FAILURES_SHOWN} 个未显示 · ${job.failures.length - FAILURES_SHOWN} more not shown (npm run kg -- jobs list --json)`,
          }),
      ]),
    ]);
  }
}

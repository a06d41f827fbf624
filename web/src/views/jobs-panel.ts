// The jobs page: scheduled ingest jobs (schedule, next run), their last runs with counts, and the
// documents that failed, from GET /api/jobs (web/server/routes/jobs.ts), each with 立即运行 Run now
// (POST /api/jobs/:name/run with API_TOKEN, asked for once per tab). A server without that route
// gets a clear "no jobs API yet"; one without a jobs file shows how to make one from the example.
import { api, ApiError, storedToken, storeToken, type JobOverview, type JobsList } from '../core/api/index.ts';
import { el } from './dom.ts';
import './jobs-panel.css';

/** Failures listed per job; a last line counts the rest. */
const FAILURES_SHOWN = 20;

const time = (iso: string | null | undefined) => (iso ? iso.replace('T', ' ').slice(0, 19) : '—');

/** The steps a fresh clone needs: it ships ingest.jobs.example.yml only. */
export const JOBS_FILE_STEPS = [
  'cp ingest.jobs.example.yml ingest.jobs.yml',
  '# 编辑 edit: name, schedule (cron), sources (RSS/Atom, pages, folders)',
  'npm start            # 或 or: npm run kg -- schedule',
];

export class JobsPanel {
  private readonly token = el('input', {
    attrs: { id: 'jobs-token', type: 'password', placeholder: '令牌 API token (API_TOKEN)', autocomplete: 'off', 'aria-label': 'API token' },
  });

  constructor(private readonly root: HTMLElement) {}

  private noJobsFile(): HTMLElement {
    return el('div', { attrs: { id: 'no-jobs' } }, [
      el('p', { text: '没有计划任务 No scheduled jobs: this server was started without a jobs file.' }),
      el('p', {
        class: 'hint',
        text: '任务文件列出要定时抓取的来源。复制示例、改成你的来源，再重启服务器 A jobs file lists the sources to fetch on a schedule. Copy the example, put in your sources and restart the server:',
      }),
      el('pre', { class: 'code', text: JOBS_FILE_STEPS.join('\n') }),
      el('p', {
        class: 'hint',
        text: '另一个位置 Another path: JOBS_FILE=path/to/jobs.yml npm start。立即运行需要 API_TOKEN（至少 16 个字符）Run now needs API_TOKEN (16+ characters) set on the server.',
      }),
    ]);
  }

  private async run(job: string, status: HTMLElement): Promise<void> {
    const token = this.token.value || storedToken(sessionStorage);
    status.className = 'hint run-status';
    status.textContent = '启动中… Starting…';
    try {
      const started = await api.runJob(job, token);
      if (token) storeToken(sessionStorage, token);
      status.textContent = `已开始 Started: run ${started.runId}. 刷新查看结果 Refresh to see it.`;
    } catch (err) {
      status.className = 'error run-status';
      if (err instanceof ApiError && (err.status === 401 || err.status === 403)) {
        storeToken(sessionStorage, undefined);
        this.token.focus();
        status.textContent = `需要正确的令牌 A valid API token is needed (${err.status}): ${err.message}`;
      } else status.textContent = `无法启动 Could not start: ${(err as Error).message}`;
    }
  }

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
    if (!body.jobsFile) {
      this.root.replaceChildren(this.noJobsFile());
      return;
    }
    if (!body.jobs.length) {
      this.root.replaceChildren(
        el('p', {
          class: 'hint',
          attrs: { id: 'no-jobs' },
          text: `${body.jobsFile} 中没有任务 No jobs in ${body.jobsFile}; see ingest.jobs.example.yml for the shape.`,
        }),
      );
      return;
    }
    this.root.replaceChildren(
      el('p', { class: 'hint', text: `任务文件 Jobs file: ${body.jobsFile}` }),
      el('p', { class: 'jobs-toolbar' }, [
        el('label', { text: '令牌 Token ' }, [this.token]),
        ' ',
        el('button', { text: '刷新 Refresh', on: { click: () => void this.load() } }),
      ]),
      el(
        'ul',
        { class: 'jobs' },
        body.jobs.map((job) => this.job(job)),
      ),
    );
  }

  private job(job: JobOverview): HTMLElement {
    const status = el('p', { class: 'hint run-status' });
    return el('li', { class: 'job', attrs: { 'data-job': job.name } }, [
      el('h3', { text: `${job.name}${job.enabled ? '' : ' (停用 disabled)'}` }),
      el('button', { class: 'run-now', text: '立即运行 Run now', on: { click: () => void this.run(job.name, status) } }),
      status,
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

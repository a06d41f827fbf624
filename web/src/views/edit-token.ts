// Editing the graph (curation, watches) needs API_TOKEN, the same token the console and the jobs'
// run-now use (core/api/token.ts keeps it for the tab). Without one, or with one the server refuses,
// the menu and the audit list say how to enable editing instead of failing silently.
import { ApiError, storedToken, storeToken } from '../core/api/index.ts';
import { el } from './dom.ts';

/** How an operator turns editing on: the server needs the token, the page the same token pasted. */
export const ENABLE_EDITING_COMMAND = 'API_TOKEN=<至少 16 个字符 16+ characters> npm start';

export const editToken = (): string | undefined => storedToken(sessionStorage);

/** 401 (no token) or 403 (wrong token, or a server without one): the token is the problem, not the request. */
export const isTokenRefusal = (err: unknown): err is ApiError => err instanceof ApiError && (err.status === 401 || err.status === 403);

/**
 * The how-to: start the server with API_TOKEN, paste the token here. `refusal` is the server's
 * message when it refused the token (which is then forgotten); `saved` runs after a token is saved.
 */
export function tokenHowTo(refusal: string | null, saved: () => void): HTMLElement {
  if (refusal) storeToken(sessionStorage, undefined);
  const input = el('input', {
    class: 'edit-token-input',
    attrs: { type: 'password', placeholder: '令牌 API token (API_TOKEN)', autocomplete: 'off', 'aria-label': 'API token' },
  });
  const save = () => {
    const token = input.value.trim();
    if (!token) return input.focus();
    storeToken(sessionStorage, token);
    saved();
  };
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') save();
  });
  return el('div', { class: 'edit-token', attrs: { 'data-edit-token': refusal ? 'refused' : 'missing' } }, [
    refusal && el('p', { class: 'error', text: `令牌被拒绝 The token was refused: ${refusal}` }),
    el('p', {
      class: 'hint',
      text: '编辑需要 API 令牌 Editing needs the API token. 用令牌启动服务器，再把同一令牌粘贴到这里 Start the server with a token, then paste the same token here:',
    }),
    el('pre', { class: 'code', text: ENABLE_EDITING_COMMAND }),
    el('p', { class: 'row' }, [input, ' ', el('button', { text: '保存 Save', attrs: { 'data-action': 'save-token' }, on: { click: save } })]),
  ]);
}

// API_TOKEN in the browser: the console (CONSOLE=token) and the jobs' "run now" both send it as a
// bearer token. It is kept for this tab only (sessionStorage), under one key, so typing it once serves both.
export const API_TOKEN_KEY = 'kg-console-token';

export function storedToken(storage: Pick<Storage, 'getItem'>): string | undefined {
  return storage.getItem(API_TOKEN_KEY) || undefined;
}

export function storeToken(storage: Pick<Storage, 'setItem' | 'removeItem'>, token: string | undefined): void {
  if (token) storage.setItem(API_TOKEN_KEY, token);
  else storage.removeItem(API_TOKEN_KEY);
}

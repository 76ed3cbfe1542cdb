/**
 * Calls to the Pathways API from the browser. The session cookie is HttpOnly, so the page never sees it;
 * what it keeps is the CSRF token (from sign-in or GET /api/me), sent as `x-csrf-token` on every unsafe
 * method. Errors arrive as problem+json and become `ApiError`s carrying the server's `detail`.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

let csrfToken: string | null = null;

export function rememberCsrfToken(token: string | null): void {
  csrfToken = token;
}

interface CallOptions {
  method?: 'GET' | 'POST' | 'DELETE';
  body?: unknown;
  /** Why a person's record is read: sent as `x-access-reason`, which the server audits. */
  reason?: string;
}

export async function api<T>(path: string, options: CallOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  if (options.reason) headers['x-access-reason'] = options.reason;
  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  });
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  const json = text ? (JSON.parse(text) as unknown) : undefined;
  if (!response.ok) {
    const detail = (json as { detail?: string } | undefined)?.detail;
    throw new ApiError(response.status, detail ?? `The server answered ${response.status}.`);
  }
  return json as T;
}

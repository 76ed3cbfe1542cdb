/**
 * Calls to the Pathways API from the browser. The session cookie is HttpOnly, so the page never sees it;
 * what it keeps is the CSRF token (from sign-in or GET /api/me), sent as `x-csrf-token` on every unsafe
 * method. Errors arrive as problem+json and become `ApiError`s carrying the server's `detail`.
 */
export interface FieldProblem {
  path: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** The whole problem+json body (`errors`, and extensions such as a violation's `limit`). */
    readonly problem: { errors?: FieldProblem[]; [extension: string]: unknown } = {},
  ) {
    super(message);
  }
}

let csrfToken: string | null = null;

export function rememberCsrfToken(token: string | null): void {
  csrfToken = token;
}

/**
 * Told when the server stops knowing a session the page thought it had (a 401 while a CSRF token is held:
 * the session expired or was ended elsewhere), so the shell can ask to sign in again instead of leaving
 * every screen to show the refusal as its own error.
 */
type SessionLostListener = () => void;
const sessionLostListeners = new Set<SessionLostListener>();

export function onSessionLost(listener: SessionLostListener): () => void {
  sessionLostListeners.add(listener);
  return () => sessionLostListeners.delete(listener);
}

/** Paths whose 401 answers a sign-in attempt or asks who is signed in; they are not a session lost. */
function answersSignIn(path: string): boolean {
  return path === '/api/me' || path.startsWith('/api/session');
}

interface CallOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  /** Why a person's record is read: sent as `x-access-reason`, which the server audits. */
  reason?: string;
}

/**
 * A header value carries bytes, one a character (a browser refuses any character past U+00FF): the text's
 * UTF-8 bytes, which the server decodes as UTF-8, so "café" or "Müller" arrive as typed.
 */
export function utf8AsHeader(text: string): string {
  let bytes = '';
  for (const b of new TextEncoder().encode(text)) bytes += String.fromCharCode(b);
  return bytes;
}

async function call(path: string, options: CallOptions, accept: string): Promise<Response> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  if (options.reason) headers['x-access-reason'] = utf8AsHeader(options.reason);
  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  });
  if (!response.ok) {
    const text = await response.text();
    let problem: ApiError['problem'] = {};
    try {
      problem = text ? (JSON.parse(text) as ApiError['problem']) : {};
    } catch {
      // Not problem+json (a proxy's error page, say): the status alone has to do.
    }
    const detail = typeof problem.detail === 'string' ? problem.detail : undefined;
    if (response.status === 401 && csrfToken !== null && !answersSignIn(path)) {
      csrfToken = null;
      for (const listener of sessionLostListeners) listener();
    }
    throw new ApiError(response.status, detail ?? `The server answered ${response.status}.`, problem);
  }
  return response;
}

export async function api<T>(path: string, options: CallOptions = {}): Promise<T> {
  const response = await call(path, options, 'application/json');
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** A file the server answers (a PDF), with the `content-disposition` header that names it. */
export async function apiFile(path: string, options: CallOptions = {}): Promise<{ blob: Blob; disposition: string | null }> {
  const response = await call(path, options, 'application/pdf, application/problem+json');
  return { blob: await response.blob(), disposition: response.headers.get('content-disposition') };
}

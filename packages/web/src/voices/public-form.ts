/**
 * Posting a public form (supporter sign-up, a letter, an RSVP): the server wants the token of
 * GET /api/public/form-token in the `x-form-token` header (packages/server/src/security/public-forms.ts),
 * and the honeypot field `website` left empty (the forms render it hidden: <HoneypotField />).
 */
import { ApiError } from '../api/client.ts';

let formToken: Promise<string> | null = null;

function token(): Promise<string> {
  formToken ??= fetch('/api/public/form-token', { credentials: 'same-origin', headers: { accept: 'application/json' } })
    .then(async (r) => {
      if (!r.ok) throw new ApiError(r.status, `The server answered ${r.status}.`, {});
      return ((await r.json()) as { token: string }).token;
    })
    .catch((e: unknown) => {
      formToken = null;
      throw e;
    });
  return formToken;
}

/** POSTs `body` as JSON to a public form's route; throws ApiError with the problem's detail on failure. */
export async function postPublicForm<T>(path: string, body: Record<string, unknown>): Promise<T> {
  const response = await fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { accept: 'application/json', 'content-type': 'application/json', 'x-form-token': await token() },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  if (!response.ok) {
    const problem = (parsed ?? {}) as ApiError['problem'];
    throw new ApiError(
      response.status,
      typeof problem.detail === 'string' ? problem.detail : `The server answered ${response.status}.`,
      problem,
    );
  }
  return parsed as T;
}

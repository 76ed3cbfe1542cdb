/**
 * Whether a request's Accept header asks for a web page before JSON: a browser's navigation sends
 * `text/html,…`, while fetch, curl and API clients send `*\/*` or `application/json`. Those keep
 * problem+json; only a client that names text/html, and ranks it at least as high as any JSON type,
 * gets an HTML error page.
 */
export function wantsHtml(accept: string | undefined): boolean {
  if (!accept) return false;
  let html = 0;
  let json = 0;
  for (const range of accept.split(',')) {
    const [type = '', ...params] = range.split(';').map((part) => part.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    if (!Number.isFinite(weight)) continue;
    if (type === 'text/html') html = Math.max(html, weight);
    else if (type === 'application/json' || type === 'application/problem+json') json = Math.max(json, weight);
  }
  return html > 0 && html >= json;
}

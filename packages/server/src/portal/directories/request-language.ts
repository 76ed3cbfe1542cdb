/**
 * The language a directory answer's words are in: `?lang=en|es` when the client says, else the first
 * English or Spanish tag of Accept-Language (weights honoured), else English.
 */
import type { Lang } from './reason-text.ts';

export function requestLanguage(query: string | undefined, acceptLanguage: string | string[] | undefined): Lang {
  if (query === 'en' || query === 'es') return query;
  const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(',') : (acceptLanguage ?? '');
  const tags = header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { tag: tag ?? '', q: q === undefined ? 1 : Number(q), index };
    })
    .filter((t) => t.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of tags) {
    if (tag === 'es' || tag.startsWith('es-')) return 'es';
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
  }
  return 'en';
}

/**
 * Where in the law reference a citation from an evaluation leads: the jurisdiction's page and the section of
 * the provision (or parameter) that cites the same text. Explanations cite at the depth the rule needs
 * ("Cal. Penal Code § 1203.3(b); People v. Allen …") while provisions and parameters carry their own
 * citations, so the match is by the longest shared run of citation tokens, not by equality.
 *
 * A match must share the section number (a numeric token such as "1203.3" or "42-8-37"), or be the whole of
 * one of the two citations (case names such as "People v. Killion (2018, E068225)"). "§ 1203.1" never
 * matches "§ 1203.3": numbers are compared as whole tokens. With no match the link goes to the top of the
 * jurisdiction's provisions, which is still the right page.
 */
import { walkParameters, type Jurisdiction, type ParameterTree } from '@pathways/law';
import { anchor } from './html.ts';
import { pageFileName } from './render-reference.ts';

/** Words, whole numbers with their dots and dashes ("1203.3", "42-8-37"), and parenthesised subsections. */
const TOKEN = /\d+(?:[.-]\d+)*[a-z]?|[a-z]+|§/g;

export function citationTokens(citation: string): string[] {
  return citation.toLowerCase().match(TOKEN) ?? [];
}

const isNumeric = (token: string) => /^\d/.test(token);

/** How many leading tokens two citations share, counted only when the match is meaningful (see the header). */
export function sharedTokens(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  if (n === 0) return 0;
  const whole = n === a.length || n === b.length;
  return whole || a.slice(0, n).some(isNumeric) ? n : 0;
}

export interface CitationTarget {
  /** The page, relative to the reference's root: "us-ca.html". */
  page: string;
  /** The section id on that page. */
  fragment: string;
}

interface Candidate {
  tokens: string[];
  fragment: string;
}

function candidates(j: Jurisdiction<ParameterTree>): Candidate[] {
  const out: Candidate[] = [];
  for (const p of j.provisions) {
    const fragment = anchor(p.id);
    out.push({ tokens: citationTokens(p.citation), fragment });
    for (const s of p.sources) out.push({ tokens: citationTokens(s.citation), fragment });
  }
  // Provisions first: on a tie, the provision's section says more than one parameter's.
  for (const [, parameter] of walkParameters(j.parameters)) {
    for (const v of parameter.values) out.push({ tokens: citationTokens(v.source.citation), fragment: anchor(parameter.id) });
  }
  return out;
}

const cache = new WeakMap<Jurisdiction<ParameterTree>, Candidate[]>();

export function citationTarget(j: Jurisdiction<ParameterTree>, citation: string): CitationTarget {
  const list = cache.get(j) ?? candidates(j);
  cache.set(j, list);
  // "A; B": each part is its own citation; the first part that matches decides.
  for (const part of citation.split(';')) {
    const tokens = citationTokens(part);
    let best: Candidate | undefined;
    let bestShared = 0;
    for (const c of list) {
      const shared = sharedTokens(tokens, c.tokens);
      if (shared > bestShared) {
        best = c;
        bestShared = shared;
      }
    }
    if (best) return { page: pageFileName(j.code), fragment: best.fragment };
  }
  return { page: pageFileName(j.code), fragment: 'provisions' };
}

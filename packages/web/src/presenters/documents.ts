/**
 * The documents of a term: those the server lists as applying (GET /documents), and for each opportunity
 * of the term's evaluation that no listed document rests on, why not — its status and the evaluation's
 * reasons, or that no document exists for it in this jurisdiction.
 */
import type { TermDocuments, TermEvaluation } from '../api/types.ts';

const words = (s: string) => s.replace(/_/g, ' ');

export interface DocumentRow {
  kind: string;
  label: string;
  basis: string;
}

export function documentRows(
  docs: TermDocuments | undefined,
  evaluation: TermEvaluation | undefined,
): { apply: DocumentRow[]; notApplying: string[] } {
  const apply = (docs?.documents ?? []).map((d) => ({
    kind: d.kind,
    label: d.label,
    basis: `${words(d.opportunity.kind)}, ${d.opportunity.status}${d.opportunity.date ? ` from ${d.opportunity.date}` : ''}`,
  }));
  const covered = new Set((docs?.documents ?? []).map((d) => d.opportunity.kind));
  const notApplying = (evaluation?.opportunities ?? [])
    .filter((o) => !covered.has(o.kind))
    .map((o) =>
      o.status === 'ineligible'
        ? `No document for ${words(o.kind)}: the evaluation finds it ineligible.${o.reasons.length ? ` ${o.reasons.join(' ')}` : ''}`
        : `No document for ${words(o.kind)}: none is drafted for this opportunity in ${evaluation!.jurisdiction}.`,
    );
  if (!evaluation) notApplying.push('No evaluation is stored for this term, so no document can be filled from it.');
  else if (evaluation.opportunities.length === 0) notApplying.push('The law offers no opportunity on this term, so no document applies.');
  return { apply, notApplying: [...new Set(notApplying)] };
}

/** The file name from `content-disposition` (`attachment; filename="…"`), or the fallback. */
export function filenameFrom(disposition: string | null, fallback: string): string {
  const star = disposition?.match(/filename\*\s*=\s*(?:UTF-8'')?([^;]+)/i);
  if (star) {
    try {
      return decodeURIComponent(star[1]!.trim().replace(/^"|"$/g, ''));
    } catch {
      // A malformed encoding: fall through to the plain name.
    }
  }
  const plain = disposition?.match(/filename\s*=\s*("([^"]*)"|[^;]+)/i);
  const name = (plain?.[2] ?? plain?.[1])?.trim();
  // Never a path: the browser would drop it anyway, but the name shown should be what is saved.
  return name ? name.replace(/[\\/]/g, '_') : fallback;
}

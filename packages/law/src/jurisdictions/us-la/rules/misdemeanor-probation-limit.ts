/**
 * La. C.Cr.P. art. 894(A): the longest misdemeanor probation.
 *
 * "(1) Notwithstanding any other provision of this Article to the contrary, when a defendant has been
 *  convicted of a misdemeanor, except criminal neglect of family, or stalking, the court may suspend …
 *  the sentence … and place the defendant on unsupervised probation or probation supervised by a
 *  probation office, agency, or officer designated by the court … Such suspension of sentence and
 *  probation shall be for a period of two years or such shorter period as the court may specify.
 *  (2) When a suspended sentence in excess of six months is imposed, the court may place the defendant on
 *  probation under the supervision of the Department …, for a period of not more than two years …
 *  (3) When a defendant has been convicted of the misdemeanor offense of operating a vehicle while
 *  intoxicated, second offense, … Such suspension of sentence and probation shall be for a period of two
 *  years or such shorter period as the court may specify."
 * (Text read 2026-12-03 at legis.la.gov.)
 *
 * Readings chosen:
 * - A probation on misdemeanors only (a term with a felony count is art. 893's, probation-term-limit.ts).
 *   Cap = start + `misdemeanorProbation.maxYears` (2), month-end clamped, as for a felony; the cap binds
 *   the sentencing court, so a term ordered past it gets a `term_cap` opportunity.
 * - Exception: criminal neglect of family (R.S. 14:74) and stalking (R.S. 14:40.2) are outside (A)(1)
 *   ("except"); their probation is set by other law, not encoded: no cap, said in the explanation.
 * - Exception: a specialty court program (`specialtyCourt` or `reentryCourt` on the term) may run longer
 *   (art. 894's drug and DWI court paragraphs, not read): no cap, as for a felony.
 * - An extension past the two years is taken to be one art. 894.4 allows (`extendedPastLimit`).
 */
import { addYears } from '../../../dates/calendar.ts';
import { addTermCapOpportunity } from '../../../engine/term-cap.ts';
import { courtCorrects, extendedPastLimit, inSpecialtyCourt, listedSection, type Ctx } from './shared.ts';

/** Sections (as the offense table writes them) that (A)(1) leaves out. */
const OUTSIDE: Readonly<Record<string, string>> = { 'RS 14:74': 'criminal neglect of family', 'RS 14:40.2': 'stalking' };

export function misdemeanorProbationLimit(ctx: Ctx): void {
  const { term, offenses, sentence, start } = ctx.facts;
  if (term.kind !== 'probation' || offenses.some((o) => o.level === 'felony')) return;
  const years = ctx.param(ctx.params.misdemeanorProbation.maxYears, sentence);
  if (years === undefined) return;
  const citations = [years.source.citation];
  const excluded = [...new Set(offenses.flatMap((o) => listedSection(o, OUTSIDE) ?? []))];
  if (excluded.length > 0) {
    ctx.explain(
      `Misdemeanor probation in Louisiana is limited to ${years.value} years, but not for ${excluded.join(' or ')}, whose probation other law sets; no latest end is worked out here.`,
      citations,
    );
    return;
  }
  if (inSpecialtyCourt(ctx)) {
    ctx.explain(
      `The usual limit of ${years.value} years on misdemeanor probation does not apply here, because the court placed you in a specialty court program, which can have a longer probation period.`,
      citations,
    );
    return;
  }
  const cap = addYears(start, years.value);
  const started = start <= ctx.asOf ? 'began' : 'begins';
  const limit = `Misdemeanor probation may not be longer than ${years.value} years, so your probation can run at most until ${ctx.date(cap)}, ${years.value} years after it ${started} on ${ctx.date(start)}.`;
  if (extendedPastLimit(ctx, cap, limit, citations, 'La. C.Cr.P. art. 894(A)')) return;
  ctx.capAt(cap, limit, citations);
  addTermCapOpportunity(ctx, cap, citations, courtCorrects(ctx, cap));
}

/**
 * A.R.S. § 13-901.01 (Proposition 200, 1996; amended by referendum in 2002 and 2006): probation for
 * personal possession or use of a controlled substance or drug paraphernalia.
 *
 * Read (azleg.gov, current compilation, 2026-12-03): "A. Notwithstanding any law to the contrary, any
 * person who is convicted of the personal possession or use of a controlled substance or drug
 * paraphernalia is eligible for probation. The court shall suspend the imposition or execution of
 * sentence and place the person on probation." (B) excludes a person convicted of or indicted for a
 * violent crime (§ 13-901.03); (C) possession for sale, production, manufacturing or transportation for
 * sale is not personal possession; (D) the court shall require drug treatment or education.
 * Subsection (E), not read in the statute's own text (every copy found breaks off at "E. A person who"),
 * as the courts and the Legislature's staff describe it: a person on probation under the section who
 * violates it gets new conditions, short of incarceration (State v. Thomas, 196 Ariz. 312 (App. 1999);
 * State v. Hensley, 201 Ariz. 74 (App. 2001): "continuing it and imposing additional terms, as required by
 * A.R.S. § 13-901.01(E)"); since the 2002 referendum, incarceration only where the violation was a new drug
 * offense or an act violating a court order about drug treatment (House staff summary of SCR 1033, 2006).
 * (G) and (H) end eligibility for a person who refuses treatment, rejects probation, was convicted of
 * personal possession three times, or (since 2006) of an offense involving methamphetamine.
 *
 * Reading chosen: the record cannot show what the protection turns on (that the court placed the person
 * on probation under § 13-901.01; the drug, methamphetamine being excluded; a violent crime charged or
 * proved; treatment refused), and the text of (E) was not read. So no `sanctionLimit` is set (Arizona's
 * limit stays null, as for every other probation there), and a term whose every offense is possession or
 * use (the offense table's `personalPossessionOrUse`: § 13-3407(A)(1), § 13-3408(A)(1), § 13-3415; not a
 * bare § 13-3407 or § 13-3408, which also covers possession for sale, excluded by (C)) is told, in the
 * explanation and a warning, what the section would give and what to check. Not said once the term has ended.
 */
import { tableFact } from '../../../engine/offense-table.ts';
import { offenseName } from './offense-class.ts';
import type { Ctx } from './shared.ts';

const CITE_E = 'A.R.S. § 13-901.01(E)';
const CITE_A = 'A.R.S. § 13-901.01(A)';

export function possessionProbationViolations(ctx: Ctx): void {
  const { term, offenses } = ctx.facts;
  if (term.kind !== 'probation') return;
  // A count the record marks violent or as delivery is outside (B) and (C) whatever its statute.
  const possessionOnly = (o: (typeof offenses)[number]) =>
    tableFact(o, 'personalPossessionOrUse') === true && !o.tags.has('violent') && !o.tags.has('drug_delivery');
  if (!offenses.every(possessionOnly)) return;
  const end = ctx.endSoFar();
  if (end !== null && end < ctx.asOf) return;
  const what = offenses.map(offenseName).join('; ');
  ctx.explain(
    `Your probation is for ${what}. If the court placed you on probation under Arizona's Proposition 200 law for personal possession or use of a drug or drug paraphernalia, it may not send you to jail or prison for breaking a condition of probation: it sets new conditions instead, such as more treatment. The exceptions are a violation that is a new drug offense or that breaks a court order about drug treatment.`,
    [CITE_A, CITE_E],
  );
  ctx.warn(
    `Whether A.R.S. § 13-901.01 (Proposition 200) protects you from jail for a probation violation depends on facts the record does not show: that the court placed you on probation under that section, that the drug was not methamphetamine, that you were not convicted of or charged with a violent crime, that this is not your third conviction for personal possession, and that you did not refuse drug treatment. So no limit on jail is shown here. Ask your lawyer whether the section applies to you.`,
  );
}

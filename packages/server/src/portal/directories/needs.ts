/**
 * The portal's need categories (housing, treatment, ID documents, benefits, legal help, childcare) read
 * from the taxonomy terms an HSDS service is tagged with. HSDS lets each directory use its own taxonomy
 * (Open Eligibility, AIRS/211 LA, a local list), so the mapping is by the term, in this order:
 *
 * 1. the term's `code` or `name` is a category's key (`housing`, `id_documents`, `legal-help` …): that
 *    category (a directory can tag for the portal exactly);
 * 2. otherwise the term's name (and description) against each category's words, below; a term may name
 *    several categories ("Housing and benefits counseling").
 *
 * Words, matched whole and case-insensitively:
 * - housing: housing, shelter, rent, rental, eviction, homeless, homelessness, transitional living
 * - treatment: treatment, substance use, substance abuse, addiction, recovery, detox, mental health,
 *   rehab, rehabilitation (not "counseling" alone: housing and credit counseling are not treatment)
 * - id_documents: identification, ID card(s), state ID, birth certificate, driver's license, social
 *   security card, vital records, personal documents
 * - benefits: benefits, public assistance, food stamps, SNAP, WIC, Medicaid, Medi-Cal, health insurance,
 *   cash assistance, TANF, SSI, SSDI, unemployment insurance
 * - legal_help: legal, lawyer, attorney, expungement, record clearing, record sealing, clean slate,
 *   legal aid, court
 * - childcare: child care, childcare, daycare, day care, preschool, after school, early childhood
 */
import { DIRECTORY_NEEDS, type DirectoryNeed } from '@pathways/store';

export const NEEDS: readonly DirectoryNeed[] = DIRECTORY_NEEDS;

const WORDS: Record<DirectoryNeed, RegExp> = {
  housing: /\b(housing|shelters?|rent|rental|evictions?|homeless(ness)?|transitional living)\b/i,
  treatment: /\b(treatment|substance (use|abuse)|addiction|recovery|detox|mental health|rehab(ilitation)?)\b/i,
  id_documents:
    /\b(identification|id cards?|state id|birth certificates?|driver'?s licen[cs]es?|social security cards?|vital records|personal documents)\b/i,
  benefits:
    /\b(benefits|public assistance|food stamps|snap|wic|medicaid|medi-cal|health insurance|cash assistance|tanf|ssi|ssdi|unemployment insurance)\b/i,
  legal_help: /\b(legal|lawyers?|attorneys?|expungement|record (clearing|sealing)|clean slate|legal aid|court)\b/i,
  childcare: /\b(child ?care|day ?care|preschool|after[- ]school|early childhood)\b/i,
};

const asKey = (value: string): string =>
  value
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

export function isNeed(value: string): value is DirectoryNeed {
  return (NEEDS as readonly string[]).includes(value);
}

/** The categories one taxonomy term maps to (see the header for the rule). */
export function needsOfTerm(term: { code?: string | null; name: string; description?: string | null }): DirectoryNeed[] {
  for (const key of [term.code, term.name]) if (key && isNeed(asKey(key))) return [asKey(key) as DirectoryNeed];
  const text = `${term.name} ${term.description ?? ''}`;
  return NEEDS.filter((need) => WORDS[need].test(text));
}

/** The categories of all of a service's terms, in the portal's order, each once. */
export function needsOfTerms(terms: readonly { code?: string | null; name: string; description?: string | null }[]): DirectoryNeed[] {
  const found = new Set(terms.flatMap(needsOfTerm));
  return NEEDS.filter((n) => found.has(n));
}

/**
 * Federal (US-FED): the review record of every provision the rules encode, built from README.md in this
 * folder and the comments at the top of each rule file. Every source was read on 2026-11-30. The reviews
 * are encoding checks by engineering, not legal review.
 */
import { engineeringReview, sourceReadOn, testFilesIn, type ProvisionRecord } from '../../engine/provisions.ts';

const READ = '2026-11-30';
const source = sourceReadOn(READ);
const test = testFilesIn('packages/law/src/jurisdictions/us-fed');

const S_3583 = source(
  '18 U.S.C. § 3583(e)(1)–(4)',
  'US Code text (current) in codexstanford/markdonw-chunck-of-the-usa-code, chuncks/title-18/chunck-1949.md',
  'https://github.com/codexstanford/markdonw-chunck-of-the-usa-code/blob/main/chuncks/title-18/chunck-1949.md',
);
const S_3564 = source(
  '18 U.S.C. § 3564(c)',
  'US Code text (current) in codexstanford/markdonw-chunck-of-the-usa-code, chuncks/title-18/chunck-1915.md',
  'https://github.com/codexstanford/markdonw-chunck-of-the-usa-code/blob/main/chuncks/title-18/chunck-1915.md',
);
const S_3561 = sourceReadOn('2026-12-02')(
  '18 U.S.C. § 3561(c); § 3564(d)',
  'US Code text (current) in codexstanford/markdonw-chunck-of-the-usa-code, chuncks/title-18/chunck-1905.md and chunck-1916.md',
  'https://github.com/codexstanford/markdonw-chunck-of-the-usa-code/blob/main/chuncks/title-18/chunck-1905.md',
);
const S_3651 = sourceReadOn('2026-12-04')(
  'former 18 U.S.C. § 3651 (offenses before November 1, 1987)',
  'Quoted in United States v. Squillante, 137 F. Supp. 553 (S.D.N.Y. 1956); applied in United States v. Albano, 698 F.2d 144 (2d Cir. 1983)',
  'http://www.ecases.us/case/nysd/c7389527/united-states-v-squillante',
);
const S_TOLLING = sourceReadOn('2026-12-02')(
  '18 U.S.C. § 3624(e); § 3564(b)',
  'US Code text (current) in codexstanford/markdonw-chunck-of-the-usa-code, chuncks/title-18/chunck-2052.md and chunck-1914.md',
  'https://github.com/codexstanford/markdonw-chunck-of-the-usa-code/blob/main/chuncks/title-18/chunck-2052.md',
);
const S_MONT = sourceReadOn('2026-12-02')(
  'Mont v. United States, 139 S. Ct. 1826 (2019)',
  'Opinion of the Court (Thomas, J.), opening paragraphs, as published by vLex',
  'https://case-law.vlex.com/vid/mont-v-united-states-889266074',
);
const S_5D1_4 = source(
  'USSG §5D1.4(a)–(c) and Application Note 1(A)–(B) (opening)',
  'Guidelines Manual as amended by Amendment 835, eff. Nov. 1, 2025 (guidelines.ussc.gov)',
  'https://guidelines.ussc.gov/apex/r/ussc_apex/guidelinesapp/guidelines?APP_GL_ID=%C2%A75D1.4',
);
const S_BABER = source(
  'Guide to Judiciary Policy, Vol. 8E, § 360.20 (as described)',
  'Baber & Johnson, "Early Termination of Supervision: No Compromise to Community Safety", Federal Probation 77(2), Sept. 2013 (copy on info.5y1.org): the 2003 and 2005 policies',
  'https://info.5y1.org/early-termination-in-compound-interest_1_daa6fa.html',
  'secondary',
);
const S_PCR = source(
  'Post-Conviction Supervision (Monograph 109 successor), July 2018 (as described)',
  'PCR Consultants summary: 18 months as the dividing line; six policy factors',
  'https://pcr-consultants.com/early-termination-of-federal-probation-and-supervised-release-policy-factors/',
  'secondary',
);

export const fedProvisions: ProvisionRecord[] = [
  {
    id: 'us-fed.3561-c',
    title: 'The longest authorized term of probation: 5 years for a felony or misdemeanor, 1 year for an infraction, extensions included',
    citation: '18 U.S.C. § 3561(c); § 3564(d)',
    rules: ['authorizedProbationTerm'],
    effective: {
      from: '1987-11-01',
      selectedBy:
        'the latest offense date of the term (the Sentencing Reform Act reaches offenses committed from November 1, 1987), or the sentence date where a count gives none',
    },
    sources: [S_3561, S_3651],
    reviews: [engineeringReview('2026-12-02', 'encoded from primary text')],
    readings: [
      'The limit runs from the start date (probation commences on the day it is imposed, § 3564(a)) to the start + the authorized years, month-end clamped; an extension is allowed only up to it (§ 3564(d)).',
      'Several counts run concurrently (§ 3564(b)): the longest authorized term of any count governs. A count whose class says "infraction" is one (the record format has no infraction level).',
      'Reported only where the term as it stands runs past the limit: statutoryMaxEndDate and a term_cap opportunity; a term within the limit reports none.',
      'Supervised release limits (§ 3583(b)) are not encoded: they turn on the offense class and on statutes that set their own terms (§ 3583(j), (k); 21 U.S.C. § 841(b)), which records rarely give.',
    ],
    openQuestions: [
      'Probation for an offense committed before November 1, 1987: only the five-year limit of former 18 U.S.C. § 3651 ("The period of probation, together with any extension thereof, shall not exceed five years", as quoted in United States v. Squillante, 137 F. Supp. 553 (S.D.N.Y. 1956); read 2026-12-04) is encoded, for offenses from September 1, 1948; the rest of old law (former §§ 3651–3656, the Probation Act of 1925) is not.',
    ],
    tests: [test('rules/authorized-probation-term.test.ts')],
  },
  {
    id: 'us-fed.concurrent-terms',
    title: 'Terms of probation, and supervised release with any other term, run concurrently',
    citation: '18 U.S.C. § 3564(b); § 3624(e)',
    rules: ['concurrentTerms'],
    effective: { from: '1987-11-01', selectedBy: 'the as-of date (the text has not changed since the Sentencing Reform Act)' },
    sources: [S_TOLLING],
    reviews: [engineeringReview('2026-12-03', 'encoded from primary text')],
    readings: [
      "A probation or supervised-release term recorded as following another (consecutiveTo) cannot run after it. The record's start date is kept (a court may order a later start of probation, § 3564(a); supervised release starts on release from imprisonment, which the record states), and the explanation says the law runs the terms together and gives the end the term would have had from the start the law names: probation from its imposition, supervised release with the term it was recorded to follow. A warning asks for the judgment.",
    ],
    openQuestions: ["Whether to count such a term from the start the law names instead of the record's, where the two differ."],
    tests: [test('rules/concurrent-terms.test.ts')],
  },
  {
    id: 'us-fed.3624-e-3564-b',
    title: 'Imprisonment of 30 consecutive days or more in connection with a conviction stops the term',
    citation: '18 U.S.C. § 3624(e); § 3564(b)',
    rules: ['imprisonmentTolling'],
    effective: { from: '1987-11-01', selectedBy: 'the as-of date (the text has not changed since the Sentencing Reform Act)' },
    sources: [S_TOLLING, S_MONT],
    reviews: [engineeringReview('2026-12-02', 'encoded from primary text')],
    readings: [
      'Custody for a new charge is imprisonment "in connection with a conviction" when the charge ended in one: a conviction in the person\'s record (on any term or none) dated on or after the custody began and before the next custody for a new charge began. That the new sentence credited it (Mont) is assumed, with a warning. Without such a conviction nothing moves, and a warning says what would.',
      'Custody for a violation of supervision does not stop the term; custody for another reason of 30 days or more is warned of, not counted.',
      'Spells for a new charge with no free day between them are one period; a period of 30 days or more, first and last day counted (days before the term began included), stops the term for each of its days from the start; an open spell counts through the as-of date. A period that begins after the end the earlier ones left, or on or after the day an order ended the term, stops nothing, and such an order during custody ends the days it stops. A conviction answers the latest custody for a new charge before it, on whichever term it was recorded.',
      "The scheduled end and the § 3561(c) limit move by the days of the periods that began on or before them; the one-year mark (§ 3583(e)(1), § 3564(c)) and the policy's 18 months, which open after that much time, by the periods that began before them.",
      'Absconding does not stop a federal term by law; a warning names the court’s power to act after the term on a warrant or summons issued during it (§ 3583(i), § 3565(c)).',
    ],
    openQuestions: [
      'Imprisonment serving the sentence of a conviction entered before the custody began (the record’s reason `other`) would also stop the term; the record cannot tie custody to that conviction.',
      'Revocation imprisonment and the term of supervised release after it (§ 3583(h)) are not modelled: a revocation order ends the term here.',
      'Custody beginning after the § 3561(c) limit ended a probation by law still moves the scheduled end; the limit, computed after the tolling, governs the projected end.',
    ],
    tests: [test('rules/imprisonment-tolling.test.ts')],
  },
  {
    id: 'us-fed.3583-e-1-3564-c',
    title: 'Early termination of supervised release and probation by the court',
    citation: '18 U.S.C. § 3583(e)(1); § 3564(c); USSG §5D1.4(b)',
    rules: ['statutoryEarlyTermination'],
    effective: {
      from: '1987-11-01',
      selectedBy: 'the as-of date (the court acts under the law of the day it acts); §5D1.4(b) cited from 2025-11-01',
    },
    sources: [S_3583, S_3564, S_5D1_4],
    reviews: [engineeringReview(READ, 'encoded from primary text')],
    readings: [
      '"After the expiration of one year" opens on the anniversary of the start date (start + 12 months; spec § 3); supervised release starts on the record’s startDate (release from prison).',
      'Felony probation: start + 12 months; misdemeanor or infraction: the start date; a "gross misdemeanor" is read as a misdemeanor, with a warning.',
      'A term that ends before the one-year anniversary (supervised release or felony probation shorter than a year) never reaches "the expiration of one year": no opportunity, and the explanation says why; a term ending on the anniversary keeps it.',
      'Discretionary: an early_termination opportunity, never a discharge by law; no exclusions.',
      'USSG §5D1.4(b) (from 2025-11-01) restates the one-year rule; it is cited beside § 3583(e)(1) and changes no date.',
      'The sanction limit is us-fed.3583-e-3 (supervised release); a revoked probation has none here (§ 3565(a)).',
      'Days that imprisonment stopped the term before the one-year mark move it later (us-fed.3624-e-3564-b).',
      'Old-law federal parole and mandatory release are not encoded: explanation only.',
    ],
    openQuestions: ['Whether Fed. R. Crim. P. 32.1(c) requires a hearing (not read).'],
    tests: [test('rules/statutory-early-termination.test.ts')],
  },
  {
    id: 'us-fed.3583-e-3',
    title: 'The most prison a revocation of supervised release may bring: 5, 3, 2 or 1 year by the class of the offense',
    citation: '18 U.S.C. § 3583(e)(3); § 3559(a)',
    rules: ['revocationLimit'],
    effective: { from: '1987-11-01', selectedBy: 'the as-of date (the limit for a revocation still to come)' },
    sources: [
      sourceReadOn('2026-12-03')(
        '18 U.S.C. § 3583(e)(3)',
        'current text (US Code, codexstanford/markdonw-chunck-of-the-usa-code chunck-1949.md)',
        'https://github.com/codexstanford/markdonw-chunck-of-the-usa-code/blob/main/chuncks/title-18/chunck-1949.md',
      ),
      sourceReadOn('2026-12-03')(
        '18 U.S.C. § 3559(a)',
        'current text (chunck-1897.md): life or death A; 25 years or more B; 10 to under 25 C; 5 to under 10 D; more than one year to under 5 E',
        'https://github.com/codexstanford/markdonw-chunck-of-the-usa-code/blob/main/chuncks/title-18/chunck-1897.md',
      ),
    ],
    reviews: [engineeringReview('2026-12-03', 'encoded from primary text')],
    readings: [
      'The limit covers a technical violation: it is the sanctionLimit of a running supervised release term (spec § 2), for each revocation.',
      'maxConfinementDays counts the years as calendar years from the as-of date.',
      'The class is the record’s letter, else § 3559(a) from maxPrisonMonths (or life_eligible); a misdemeanor or infraction is "any other case" (1 year). Neither given (or a felony maximum of a year or less): no limit, with a warning, unless a known count already has class A’s.',
      'Several counts: the most serious count’s limit, with a warning that revocation terms on several counts may run one after another.',
      'violationNumber = 1 + violations found on the term (one per incident; a revocation with none recorded counts one); the statute does not count them.',
      'Probation is not reached: a revoked probation is resentenced under § 3565(a).',
    ],
    openQuestions: [
      'The wording of (e)(3) before the PROTECT Act of 2003 ("on any such revocation") was not read; revocations before 2003 may have counted earlier revocation prison against the limit.',
      '§ 3583(k) requires a registrant who commits a chapter 109A, 110 or 117 offense (or § 1201, § 1591) to serve at least 5 years "without regard to the exception contained therein": not a technical violation, so the limit stands for one; said in the reasons.',
      'Version: the as-of date selects it; under Johnson v. United States (2000) the law at the offense date governs revocation, and for offenses before April 30, 2003 earlier revocation prison counted against the cap. Not modelled.',
    ],
    tests: [test('rules/revocation-limit.test.ts')],
  },
  {
    id: 'us-fed.judiciary-policy-360-20',
    title: 'Judicial Conference presumption in favour of early termination after 18 months (policy, not law)',
    citation: 'Guide to Judiciary Policy, Vol. 8E, Ch. 3, § 360.20',
    rules: ['policyPresumption'],
    effective: { from: '2005-01-01', selectedBy: 'the as-of date; 2005 from secondary sources (month and day not read)' },
    sources: [S_BABER, S_PCR],
    reviews: [
      engineeringReview(
        READ,
        'partly from secondary sources',
        'The policy text itself was not read (the Guide is not public); the 18-month figure and the 12-month look-back rest on secondary sources.',
      ),
    ],
    readings: [
      'A second early_termination opportunity, labelled as policy, opening on the latest of start + 18 months, the statutory date, the policy’s first day encoded (2005-01-01: 18 months reached before it open it then) and each court-reported violation + 12 months (the look-back counts back from the day it would apply; FED-3).',
      'Court-reported violation: a violation with status reported or sustained (dismissed ones do not count), a conviction during the term on its date, and an absconding that has ended on its last day away; an absconding still running on the as-of date keeps the policy closed until the person is back.',
      'Exclusions: sex offenses (sex_registration) and terrorism offenses (offense table); career violent/drug offender status, risk, compliance and payment-plan status are assumed met, with warnings.',
    ],
    openQuestions: [
      'The exact wording of the § 360.20 criteria, including any stricter criteria before 18 months.',
      'Whether a violation report the court did not act on is "court-reported".',
    ],
    tests: [test('rules/policy-presumption.test.ts')],
  },
];

/**
 * Federal (US-FED): every number of early termination of supervised release and probation, each with its
 * source.
 *
 * - 18 U.S.C. § 3583(e)(1): the court may terminate supervised release "at any time after the expiration
 *   of one year of supervised release".
 * - 18 U.S.C. § 3564(c): the court may terminate probation "at any time in the case of a misdemeanor or an
 *   infraction or at any time after the expiration of one year of probation in the case of a felony".
 *   Both since the Sentencing Reform Act of 1984 (Pub. L. 98-473, ch. II), effective Nov. 1, 1987.
 * - USSG §5D1.4(b) (policy statement, Amendment 835 of 2025, effective Nov. 1, 2025) restates the
 *   one-year rule for supervised release after "an individualized assessment".
 * - 18 U.S.C. § 3561(c): "The authorized terms of probation are (1) for a felony, not less than one nor
 *   more than five years; (2) for a misdemeanor, not more than five years; and (3) for an infraction, not
 *   more than one year." § 3564(d) extends a term only "if less than the maximum authorized term was
 *   previously imposed".
 * - Former 18 U.S.C. § 3651 (offenses before Nov. 1, 1987): "The period of probation, together with any
 *   extension thereof, shall not exceed five years" (as quoted in United States v. Squillante, 137 F. Supp.
 *   553 (S.D.N.Y. 1956); read 2026-12-04).
 * - 18 U.S.C. § 3624(e) (supervised release) and § 3564(b) (probation): the term "does not run" while
 *   the person is imprisoned in connection with a conviction, "unless the imprisonment is for a period of
 *   less than 30 consecutive days" (read 2026-12-02, chunck-2052.md and chunck-1914.md).
 * - Guide to Judiciary Policy, Vol. 8E, Ch. 3, § 360.20 (Judicial Conference POLICY, not law): a
 *   presumption in favour of recommending early termination after 18 months of supervision for persons
 *   who meet its criteria, among them no court-reported violations over the last 12 months.
 *
 * Text read 2026-11-30: §§ 3583(e) and 3564(c) in codexstanford/markdonw-chunck-of-the-usa-code
 * (chuncks/title-18/chunck-1949.md, chunck-1915.md); §§ 3561(c) and 3564(d) there on 2026-12-02
 * (chunck-1905.md, chunck-1916.md); §5D1.4 on guidelines.ussc.gov. The policy text was
 * NOT read: its numbers rest on secondary sources (Baber & Johnson, Federal Probation, Sept. 2013;
 * prisonologyx; PCR Consultants). See README.
 */
import { defineParameters, parameter, type Source } from '../../engine/parameters.ts';

const SRA = 'Sentencing Reform Act of 1984, Pub. L. 98-473, title II, ch. II (eff. Nov. 1, 1987)';
const URL_3583 = 'https://github.com/codexstanford/markdonw-chunck-of-the-usa-code/blob/main/chuncks/title-18/chunck-1949.md';
const URL_3564 = 'https://github.com/codexstanford/markdonw-chunck-of-the-usa-code/blob/main/chuncks/title-18/chunck-1915.md';
const URL_3561 = 'https://github.com/codexstanford/markdonw-chunck-of-the-usa-code/blob/main/chuncks/title-18/chunck-1905.md';
const URL_3564_B = 'https://github.com/codexstanford/markdonw-chunck-of-the-usa-code/blob/main/chuncks/title-18/chunck-1914.md';
const URL_3624_E = 'https://github.com/codexstanford/markdonw-chunck-of-the-usa-code/blob/main/chuncks/title-18/chunck-2052.md';
const URL_5D1_4 = 'https://guidelines.ussc.gov/apex/r/ussc_apex/guidelinesapp/guidelines?APP_GL_ID=%C2%A75D1.4';
const URL_POLICY = 'https://info.5y1.org/early-termination-in-compound-interest_1_daa6fa.html';
/** Former § 3651 as quoted in United States v. Squillante, 137 F. Supp. 553 (S.D.N.Y. 1956). */
const URL_3651 = 'http://www.ecases.us/case/nysd/c7389527/united-states-v-squillante';

export const SRA_EFFECTIVE = '1987-11-01';
export const GUIDELINE_5D1_4_FROM = '2025-11-01';

const s3583 = (sub: string): Source => ({ citation: `18 U.S.C. § 3583${sub}`, enactedBy: SRA, url: URL_3583 });
const s3564 = (sub: string): Source => ({ citation: `18 U.S.C. § 3564${sub}`, enactedBy: SRA, url: URL_3564 });
const policy = (note: string): Source => ({
  citation: 'Guide to Judiciary Policy, Vol. 8E, Ch. 3, § 360.20 (Judicial Conference policy, not statute)',
  enactedBy: `Judicial Conference of the United States, 2005 policy (${note})`,
  url: URL_POLICY,
});

export const fedParameters = defineParameters('us-fed', {
  supervisedRelease: {
    waitMonths: parameter<number>({
      label: 'Supervised release served before early termination',
      description: 'The court may terminate supervised release at any time after this many months of supervised release have expired.',
      unit: 'months',
      values: [{ from: SRA_EFFECTIVE, value: 12, source: s3583('(e)(1)') }],
    }),
  },
  probation: {
    authorizedYears: parameter<{ felony: number; misdemeanor: number; infraction: number }>({
      label: 'Longest authorized term of probation',
      description:
        'The authorized terms of probation: for a felony, one to five years; for a misdemeanor, at most five years; for an infraction, at most one year. Read on the sentence date: it limits the term the court sets, and an extension only up to it (§ 3564(d)).',
      unit: 'years',
      values: [
        {
          from: SRA_EFFECTIVE,
          value: { felony: 5, misdemeanor: 5, infraction: 1 },
          source: { citation: '18 U.S.C. § 3561(c)', enactedBy: SRA, url: URL_3561 },
        },
      ],
    }),
    formerMaxYears: parameter<number>({
      label: 'Longest probation under the law before the Sentencing Reform Act',
      description:
        'Former 18 U.S.C. § 3651, which governs probation for an offense committed before November 1, 1987: "The period of probation, together with any extension thereof, shall not exceed five years." Read on the offense date (the sentence date where a count gives none).',
      unit: 'years',
      values: [
        {
          from: '1948-09-01',
          value: 5,
          source: {
            citation: 'former 18 U.S.C. § 3651',
            enactedBy: 'Act of June 25, 1948, ch. 645 (Title 18 as enacted, effective September 1, 1948)',
            url: URL_3651,
          },
          note: 'Text read 2026-12-04 as quoted in United States v. Squillante, 137 F. Supp. 553 (S.D.N.Y. 1956); still the limit in United States v. Albano, 698 F.2d 144 (2d Cir. 1983) (https://law.justia.com/cases/federal/appellate-courts/F2/698/144/378512/). 1948-09-01 is the earliest date encoded: the Probation Act of 1925 before it was not read.',
        },
        {
          from: SRA_EFFECTIVE,
          value: null,
          source: {
            citation: 'former 18 U.S.C. § 3651 (replaced by § 3561(c) for offenses from Nov. 1, 1987)',
            enactedBy: SRA,
            url: URL_3561,
          },
        },
      ],
    }),
    felonyWaitMonths: parameter<number>({
      label: 'Felony probation served before early termination',
      description: 'The court may terminate felony probation at any time after this many months of probation have expired.',
      unit: 'months',
      values: [{ from: SRA_EFFECTIVE, value: 12, source: s3564('(c)') }],
    }),
    misdemeanorWaitMonths: parameter<number>({
      label: 'Misdemeanor or infraction probation served before early termination',
      description: 'Misdemeanor or infraction probation may be terminated "at any time": no wait.',
      unit: 'months',
      values: [{ from: SRA_EFFECTIVE, value: 0, source: s3564('(c)') }],
    }),
  },
  tolling: {
    imprisonmentDays: parameter<{ supervisedRelease: number; probation: number }>({
      label: 'Imprisonment that stops the term',
      description:
        'A term of supervised release (§ 3624(e)) or of probation (§ 3564(b)) does not run while the person is imprisoned in connection with a conviction for a Federal, State, or local crime, "unless the imprisonment is for a period of less than" this many consecutive days.',
      unit: 'days',
      values: [
        {
          from: SRA_EFFECTIVE,
          value: { supervisedRelease: 30, probation: 30 },
          source: { citation: '18 U.S.C. § 3624(e); § 3564(b)', enactedBy: SRA, url: URL_3624_E },
          note: `§ 3564(b) (${URL_3564_B}) says "thirty consecutive days", § 3624(e) "30 consecutive days". Pretrial detention counts where the sentence for the new conviction credits it (Mont v. United States, 139 S. Ct. 1826 (2019)).`,
        },
      ],
    }),
  },
  revocation: {
    supervisedReleaseMaxYears: parameter<{ A: number; B: number; CD: number; other: number }>({
      label: 'Longest prison term on a revocation of supervised release, by the class of the offense',
      description:
        '18 U.S.C. § 3583(e)(3): a defendant whose term is revoked "may not be required to serve on any such revocation more than 5 years in prison if the offense that resulted in the term of supervised release is a class A felony, more than 3 years in prison if such offense is a class B felony, more than 2 years in prison if such offense is a class C or D felony, or more than one year in any other case". Read on the as-of date (the limit for a revocation still to come).',
      unit: 'years',
      values: [
        {
          from: SRA_EFFECTIVE,
          value: { A: 5, B: 3, CD: 2, other: 1 },
          source: s3583('(e)(3)'),
          note: 'Text read 2026-12-03 (chunck-1949.md). The figures are those of the current text; earlier wording of (e)(3) (before the PROTECT Act of 2003, which added "on any such revocation") was not read.',
        },
      ],
    }),
  },
  guidelines: {
    policyStatement5D14: parameter<boolean>({
      label: 'USSG §5D1.4(b) in force',
      description:
        'The Sentencing Commission policy statement on early termination of supervised release (after one year, after an individualized assessment, following consultation with the government and the probation officer). Cited beside § 3583(e)(1) from its effective date.',
      unit: 'boolean',
      values: [
        {
          from: GUIDELINE_5D1_4_FROM,
          value: true,
          source: {
            citation: 'USSG §5D1.4(b) (policy statement)',
            enactedBy: 'USSC Amendment 835 (2025), eff. Nov. 1, 2025',
            url: URL_5D1_4,
          },
          note: 'Changes no date: it restates the statutory one-year rule. Its Application Note 1(B) factors (court-reported violations, ability to self-manage, …) were read only in part.',
        },
      ],
    }),
  },
  policy: {
    presumptionMonths: parameter<number>({
      label: 'Policy presumption: months of supervision',
      description:
        'After this many months of supervision there is a presumption in favour of recommending early termination for persons who meet the policy criteria (Judicial Conference policy, not law).',
      unit: 'months',
      values: [
        {
          from: '2005-01-01',
          value: 18,
          source: policy('year from secondary sources; month not read'),
          note: 'The 18-month figure rests on secondary sources (Baber & Johnson 2013; PCR Consultants on the 2018 "Post-Conviction Supervision" manual). 2005-01-01 is the earliest date encoded; the day the Conference adopted the presumption was not read.',
        },
      ],
    }),
    violationFreeMonths: parameter<number>({
      label: 'Policy presumption: months without court-reported violations',
      description:
        'The person has had no court-reported violations over this many months, counted back from the day the presumption would apply.',
      unit: 'months',
      values: [
        {
          from: '2005-01-01',
          value: 12,
          source: policy('unverified criterion'),
          note: 'Unverified: the criterion is reconstructed from secondary sources; the policy text was not read.',
        },
      ],
    }),
  },
});

export type FedParameters = typeof fedParameters;

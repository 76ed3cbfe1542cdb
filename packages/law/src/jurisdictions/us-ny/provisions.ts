/**
 * New York review records, one per provision encoded (see README.md for the prose version).
 */
import { engineeringReview, sourceReadOn, testFilesIn, type ProvisionRecord } from '../../engine/provisions.ts';

const READ = '2026-11-30';
const source = sourceReadOn(READ);
const test = testFilesIn('packages/law/src/jurisdictions/us-ny');

const S1813 = source(
  'N.Y. Exec. Law § 259(6)–(7), § 259-i(3)(f)(xii) (quoted in 2023 S.1813)',
  'text as amended by L. 2021, ch. 427, quoted in full with proposed changes marked in 2023–2024 S.1813 (Addabbo, introduced Jan. 17, 2023); unmarked matter read as the law in force',
  'https://github.com/ryantd42/NY-Legislative-Git/blob/main/2023/S1813-2023/bill.md',
);
const EXC259 = sourceReadOn('2026-12-04')(
  'N.Y. Exec. Law § 259(3), (5)–(8)',
  'nysenate.gov OpenLegislation text published 2023-02-17 (excerpt to subdivision 8): definitions of community supervision, releasee, technical and non-technical violation, absconding',
  'https://nysenate.gov/legislation/laws/EXC/259',
);
const A9371 = source(
  'N.Y. Exec. Law § 259-i(3)(f)(xii)(1)–(2) (quoted in 2025 A.9371)',
  'clauses (1)–(2) as amended by L. 2021, ch. 427, quoted with proposed changes bracketed in 2025–2026 A.9371 (Buttenschon, Dec. 19, 2025); confirms 7/15/30 days for absconding',
  'https://assembly.state.ny.us/leg/?Text=Y&bn=A9371&term=2025',
);
const NYCRR = source(
  '9 NYCRR 8004.6, 8004.7, 8004.8',
  'current through NY Register Vol. 46, No. 45 (Nov. 2, 2024), casetext copy, opening paragraphs only',
  'http://print.casetext.com/regulation/new-york-codes-rules-and-regulations/title-9-executive-department/subtitle-cc-division-of-parole/part-8004-revocation-process/section-80048-non-technical-violations',
);
const S1144A = source(
  'L. 2021, ch. 427 (S.1144-A), § 2 (Penal Law § 70.40(3))',
  'S.1144-A of 2021, page 2 only (excerpt): Exec. Law § 259 absconding definition (end), Penal Law § 70.40(3)(a)–(b) as amended',
  'https://www.nysenate.gov/legislation/bills/2021/s1144/amendment/a',
);
const S4635 = source(
  'N.Y. Penal Law § 70.40(3)(c) (quoted in 2025 S.4635)',
  'paragraph (c) as amended by ch. 427, quoted with proposed changes bracketed in 2025 S.4635 (Weik)',
  'https://nysenate.gov/legislation/bills/2025/S4635',
);
const FAQ = source(
  'Less Is More campaign FAQ: earned time credits (30 for 30), retroactivity',
  'web pages as stored (undated; written before March 2022)',
  'https://www.lessismoreny.org/when_will_people_start_receiving_earned_time_credits_30_for_30_is_it_retroactive',
  'secondary',
);
const LEGALAID = source(
  'Legal Aid Society, "3 Things to Know: Parole Reform in New York State"',
  'web page as stored (early 2022)',
  'https://legalaidnyc.org/news/3-things-to-know-parole-reform-new-york-state/',
  'secondary',
);
const CLARITY = source(
  'LegalClarity, "What Is the Less Is More Act in New York?" (life parole excluded)',
  'web page as stored (undated)',
  'https://legalclarity.org/what-is-the-less-is-more-act-in-new-york',
  'secondary',
);
const PEOPLES = source(
  'Matter of Peoples v Annucci, 2023 NY Slip Op 23193 (Sup. Ct. Albany County, June 30, 2023)',
  'opening of the opinion and a case summary (no credit while incarcerated on a violation)',
  'https://law.justia.com/cases/new-york/other-courts/2023/2023-ny-slip-op-23193.html',
  'secondary',
);
const EFFECTIVE_LIST = source(
  'L. 2021, ch. 427 (A.5576-A / S.1144-A): effective date',
  'Assembly member McDonald, "New Laws Taking Effect – March 2022": "Effective Date 3/1/2022, Ch. 427 of 2021 … allow earned time credits for good behavior"',
  'https://www.civmixvoices.com/mcdonald/new-laws-taking-effect-march-2022/',
  'secondary',
);
const S6490_2019 = source(
  '2019 S.6490 (Benjamin), proposed Penal Law § 70.46 "earned reduction of supervision" (not enacted)',
  'bill text as introduced June 13, 2019: 30 days per "uninterrupted one-month period", excluding life sentences and Penal Law arts. 130, 263, 485, 490; context only, never law',
  'https://www.nysenate.gov/legislation/bills/2019/S6490',
  'secondary',
);
const COR205 = source(
  'N.Y. Correction Law § 205(1)–(2)(a)',
  'nysenate.gov OpenLegislation text published 2022-01-21 (and a verbatim copy)',
  'https://www.nysenate.gov/legislation/laws/COR/205',
);

export const provisions: ProvisionRecord[] = [
  {
    id: 'us-ny.lim-scope',
    title: 'Scope of the Less Is More Act: community supervision, not probation',
    citation: 'L. 2021, ch. 427; N.Y. Exec. Law § 259(3)',
    rules: ['lessIsMoreScope'],
    effective: { from: '2022-03-01', selectedBy: 'none (scope)' },
    sources: [S1813, S1144A],
    reviews: [engineeringReview(READ, 'encoded from primary text')],
    readings: [
      'Probation terms get the scheduled end only, with a warning: the Act amends the parole and post-release supervision statutes, not Penal Law art. 65 or CPL art. 410.',
      'Record kinds map: parole → parole; conditional_release → conditional release; supervised_release → post-release supervision.',
    ],
    openQuestions: ['New York probation (CPL § 410.90 early discharge, § 410.30 delinquency tolling) is not encoded.'],
    tests: [test('rules/scope.test.ts')],
  },
  {
    id: 'us-ny.absconding-interruption',
    title: 'Absconding interrupts the term until appearance or warrant',
    citation: 'N.Y. Penal Law § 70.40(3)(a)–(c); § 70.45(5)(d)',
    rules: ['abscondingInterruption'],
    effective: { from: '2022-03-01', selectedBy: 'the day the absconding began' },
    sources: [S1144A, S4635],
    reviews: [engineeringReview(READ, 'encoded from primary text')],
    readings: [
      'A declaration of delinquency is assumed for every recorded absconding (warned); the interruption is the recorded absconding days, first and last both counted.',
      'An absconding still open on the as-of date is taken to end that day.',
      'Custody does not move the end: § 70.40(3)(c) credits it against the sentence.',
    ],
    openQuestions: [
      'Absconding that began before March 1, 2022 (old text: interruption until return to a DOCCS institution) counts its recorded days, the least it stopped the term, with a warning.',
      '§ 70.45(5)(d) (post-release supervision) was read only as quoted in 2025 S.4635, not in full.',
    ],
    tests: [test('rules/absconding-interruption.test.ts')],
  },
  {
    id: 'us-ny.earned-time-credits',
    title: 'Earned time credits: 30 days for every 30 days without a sustained violation, and the discharge they bring',
    citation: 'N.Y. Penal Law § 70.40(4)',
    rules: ['earnedTimeCredits', 'earnedDischarge'],
    effective: { from: '2022-03-01', selectedBy: 'the as-of date for whether the law applies; the posting day for the rate' },
    sources: [FAQ, LEGALAID, CLARITY, PEOPLES, EFFECTIVE_LIST, S6490_2019],
    reviews: [
      engineeringReview(
        READ,
        'partly from secondary sources',
        "The text of Penal Law § 70.40(4) was not found in any stored copy (searched again 2026-11-30: every stored copy of § 70.40 stops in subdivision 1, and no later bill quoting subdivision 4 was found); every number rests on secondary sources that agree. The March 1, 2022 effective date rests on a legislator's list of new laws; the act's effective-date section was not read.",
      ),
    ],
    readings: [
      '30-day periods counted from the start of supervision; credit for period k posts on start + 30k.',
      'A period earns nothing if a sustained violation or a new conviction is dated in it, or custody, absconding or a revocation later undone touches it; pending reports are projected as not sustained (warned).',
      'Days the term stood revoked, before a reinstatement, earn no credit but are served (the sentence runs on in custody, § 70.40(3)(c)), as days in custody are.',
      'Retroactive credit for periods completed before March 1, 2022 (whose credit would post on or before it; a period that takes in March 1 itself is earned under the law in force, uncapped), capped at 730 days, posts on March 1, 2022; for a person then held on a violation, on the day that custody ends (the FAQ: not awarded "until you are released and restored to community supervision").',
      'Lifetime parole earns nothing; no offense-based exclusion applied.',
      'The reduction operates by law: discharge on the first day time served plus posted credits reach the term (dischargeByLaw).',
    ],
    openQuestions: [
      'Read the enacted text of Penal Law § 70.40(4) (https://www.nysenate.gov/legislation/laws/PEN/70.40, or ch. 427 of 2021 as chaptered): the earning unit (30 days vs. calendar month; the 2019 predecessor S.6490 used "uninterrupted one-month" periods), what suspends or forfeits credit (pending notice of violation, delinquency, warrant, sustained violation), any offense exclusions (S.6490 excluded arts. 130, 263, 485, 490; nothing shows the enacted text does), whether DOCCS must award it or it operates by law, and the exact retroactivity rule.',
      'The effective-date section of ch. 427 (March 1, 2022 per secondary sources) and whether any part took effect on signing (September 17, 2021).',
      'Whether a sustained violation also forfeits credit already earned (here: only its own period is lost). The Less Is More campaign FAQ on violations (secondary, written before March 2022: https://www.lessismoreny.org/if_someone_is_found_to_be_in_violation_of_the_terms_of_their_parole_supervision_after_accruing_a_certain_amount_of_good_time_credits_30_for_30_do_they_lose_that_time) says credits already awarded are kept, credits are withheld "for the 30 day period starting with the date of the violation" (for absconding, the whole absconding period), and the clock "starts again automatically on day 31 unless you are incarcerated". That would re-anchor the 30-day periods at each violation instead of losing the fixed period that holds it (encoded here); not encoded until the statute is read.',
      'The lessismoreny.org FAQ once gave September 1, 2022 as the start of prospective credits; other sources say March 1, 2022 (used here).',
    ],
    tests: [test('rules/earned-time-credits.test.ts')],
  },
  {
    id: 'us-ny.merit-termination',
    title: 'Merit termination of sentence by DOCCS',
    citation: 'N.Y. Correction Law § 205(1)–(2)(a)',
    rules: ['meritTermination'],
    effective: { from: '2011-04-01', selectedBy: 'the as-of date' },
    sources: [COR205],
    reviews: [engineeringReview(READ, 'encoded from primary text')],
    readings: [
      'Discretionary: an early_termination opportunity open from the start date (subdivision 1 sets no waiting time), never a discharge by law.',
      'Excluded: offenses tagged violent (§ 70.02 list) or sex_registration, or with a § 205(1) clause in the offense table.',
      'Restitution needs a good-faith effort, not payment: stated in the reasons, never a gate.',
    ],
    openQuestions: [
      'Subdivisions 2(b), 3 and 5 of § 205 and the regulations (9 NYCRR) were not read: DOCCS may require a minimum time on supervision.',
      'Kidnapping cases are excluded only when the victim was under 17 and not the offender’s child: the record cannot show this.',
    ],
    tests: [test('rules/merit-termination.test.ts')],
  },
  {
    id: 'us-ny.class-a-drug-termination',
    title: 'Termination after three years of unrevoked parole for a class A drug felony',
    citation: 'N.Y. Correction Law § 205(4) (formerly Exec. Law § 259-j(3-a))',
    rules: ['classADrugTermination'],
    effective: { from: '2005-02-12', selectedBy: 'the as-of date' },
    sources: [
      sourceReadOn('2026-12-02')(
        'Matter of Ciccarelli v New York State Div. of Parole, 35 AD3d 1107 (3d Dept 2006)',
        'quotes Exec. Law § 259-j(3-a): the Division "must grant termination of sentence after three years of unrevoked parole to a person serving an indeterminate sentence for a class A felony offense defined in article two hundred twenty of the penal law"',
        'https://nycourts.gov/Reporter/3dseries/2006/2006_09971.htm',
        'secondary',
      ),
      sourceReadOn('2026-12-02')(
        'Matter of Miller v DOCCS, 33 Misc 3d 761 (Sup Ct, NY County 2011)',
        'the DLRA (L. 2004, ch. 738) enacted it, effective February 12, 2005; recodified as Correction Law § 205(4) by L. 2011, ch. 62 "with no substantive change"; a declaration of delinquency is not a revocation',
        'https://nycourts.gov/REPORTER/3dseries/2011/2011_21326.htm',
        'secondary',
      ),
    ],
    reviews: [
      engineeringReview(
        '2026-12-02',
        'unverified',
        'Encoded from the text as two decisions quote and describe it; the current text of § 205(4) was not found in any readable copy.',
      ),
    ],
    readings: [
      'A discharge the law requires ("must grant"), on start (or the last reinstatement after a revocation) + 3 years, not before 2005-02-12; an earned_discharge opportunity on that day.',
      'Covered: lifetime parole (an indeterminate sentence with a life maximum) for an article 220 offense of class A (the record’s class, else the offense table’s).',
      'Time absconded is added to the three years; an absconding still open leaves no day.',
    ],
    openQuestions: [
      'The current text of subdivision 4 (any exclusions or conditions beyond those quoted).',
      'Whether custody on a new charge without a revocation interrupts "unrevoked parole".',
    ],
    tests: [test('rules/class-a-drug-termination.test.ts')],
  },
  {
    id: 'us-ny.technical-violation-limits',
    title: 'Limits on reincarceration for technical violations',
    citation: 'N.Y. Exec. Law § 259(6)–(8); § 259-i(3)(f)(xii)(1)–(3), (D)',
    rules: ['technicalViolationLimits'],
    effective: { from: '2022-03-01', selectedBy: 'the as-of date (the limit in force for a violation not yet found)' },
    sources: [S1813, EXC259, A9371, NYCRR],
    reviews: [engineeringReview(READ, 'encoded from primary text')],
    readings: [
      'The reported limit is clause (3) (all other technical violations): 0, 0, 7, 15, then 30 days; absconding (clause (1): 7/15/30) and the no-jail list (clause (2)) are given in the reasons.',
      'Counting: each sustained technical violation event "for which incarceration may be imposed" counts once; absconding and clause (2) kinds (curfew, failure to pay, drug use unless DUI, program non-compliance as (2)(h)) do not.',
      'Only violations sustained on or after March 1, 2022 count (parameter; alternative counts all).',
      'Article 130 and §§ 255.26–255.27 sentences: breaches are non-technical (§ 259(7)(b); 9 NYCRR 8004.8(a)(2) presumes every condition related) → no limit (null). Post-release supervision for a § 70.80 felony sex offense → no limit (null).',
      'Before March 1, 2022: no statutory limit (null).',
    ],
    openQuestions: [
      'Whether violations sustained in one revocation case count once or each (here: each).',
      'Whether clause (2)(h) special-condition violations later found unaddressable in the community count toward clause (3).',
      'The § 70.02 and § 70.80 lists in the offense table were not re-read.',
    ],
    tests: [test('rules/technical-violation-limits.test.ts')],
  },
];

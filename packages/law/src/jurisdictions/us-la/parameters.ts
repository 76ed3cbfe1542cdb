/**
 * Louisiana (US-LA): every number of the probation and parole law the rules read, each with its source.
 *
 * - Earned compliance credits: La. C.Cr.P. art. 895.6 (probation) and La. R.S. 15:574.6.1 (parole),
 *   enacted by Act 280 of 2017 (SB 139), effective November 1, 2017; amended by Act 508 of 2018
 *   (specialty courts); repealed by Act 7 of the 2024 Second Extraordinary Session (HB 10), § 2.
 * - Felony probation maximum: La. C.Cr.P. art. 893(A)(1)(a): 5 years before Act 280, 3 years after it
 *   (5 for a first conviction of R.S. 14:81.1 or 81.2), 5 years again for offenses committed on or after
 *   August 1, 2024 (Act 8 of the 2024 2nd Ex. Sess.).
 * - Custody for a technical violation: C.Cr.P. art. 900(A)(6) (probation) and R.S. 15:574.9(H)
 *   (parole), for offenses other than a crime of violence or a sex offense: 15 / 30 / 45 days after Act
 *   280; for offenses on or after August 1, 2024 (Act 8) 90 days (probation) and 90 / 120 / 180 days
 *   (parole).
 *
 * What was read (2026-11-30; see README.md): art. 895.6 as enacted (legis.la.gov, A–C whole, D only in
 * its opening words) and as amended (lawserver.com, A(1)–(2), opening of B); R.S. 15:574.6.1 (legalfix,
 * 2018 text, A–C); the enrolled titles of Act 280 of 2017, Act 7 and Act 8 (legiplex); R.S.
 * 15:574.9(G)(1) as amended in 2010 (Act 520, enrolled); the official digests of SB 139 (2017) and HB 11
 * (2024), which describe art. 893(A) before and after. Not read: art. 900(A)(6) and R.S. 15:574.9(H)
 * after 2017, art. 893(A) itself, Act 7's effective-date section, Act 8's applicability section. Values
 * resting on those carry a note.
 *
 * Dates that select a version are named on each parameter and in the rule that reads it.
 */
import { defineParameters, parameter, type Source } from '../../engine/parameters.ts';

const ACT_280 = 'Acts 2017, No. 280 (SB 139), eff. Nov. 1, 2017';
const ACT_508 = 'Acts 2018, No. 508 (HB 537), eff. Aug. 1, 2018';
const ACT_7 = 'Acts 2024, 2nd Ex. Sess., No. 7 (HB 10), § 2';
const ACT_8 = 'Acts 2024, 2nd Ex. Sess., No. 8 (HB 11)';

const URL_895_6 = 'https://legis.la.gov/legis/Law.aspx?d=1054581';
const URL_895_6_AMENDED = 'https://www.lawserver.com/law/state/louisiana/la-laws/louisiana_code_of_criminal_procedure_895-6';
const URL_574_6_1 = 'https://legalfix.com/statutes/state-codes/louisiana/code-revisedstatutes/title-15/rs-15-574%2E6%2E1';
const URL_ACT_7 = 'https://app.legiplex.com/la/legislature/2024/2024-2/bills/hb10/drafts-latest';
const URL_ACT_8 = 'https://app.legiplex.com/la/legislature/2024/2024-2/bills/hb11/drafts-latest';
const URL_HB11_DIGEST = 'https://app.legiplex.com/la/legislature/2024/2024-2/bills/hb11/draft-259416?id=259416';
const URL_SCF = 'https://scfcenter.org/newsroom/louisianas-2017-criminal-justice-reforms/';
const URL_HB11_SUMMARY =
  'https://fastdemocracy.com/bill-summary/?billsummary_id=LAB00021820&billsummary_session=2024S2&billsummary_state=la';
/** Act 280 (SB 139), enrolled: title (what it amends and enacts). */
export const URL_ACT_280 = 'https://app.legiplex.com/la/legislature/2017/2017-r/bills/sb139/drafts-latest';
/** House Legislative Services résumé digest of Act 280 (SB 139), 2017. */
export const URL_ACT_280_RESUME = 'https://app.legiplex.com/la/legislature/2017/2017-r/bills/sb139/draft-391445';
/** Art. 893(A)(1)–(4) as amended by Act 280 (an unofficial copy, undated; "three years" and "Paragraph H" date it before Act 8). */
export const URL_893_AFTER_ACT_280 =
  'https://getpocketlaw.com/law/state_louisiana/article-893-suspension-and-deferral-of-sentence-and-probation-in-felony-cases_52e4131f7448';
/** Art. 893(A) before Act 280 (an unofficial copy, undated: "first or second conviction", "not less than one year nor more than five years"). */
export const URL_893_BEFORE_ACT_280 = 'https://statutes.laws.com/louisiana/ccrp/ccrp893';
/** Senate digest of SB 139, reengrossed (2017). */
export const URL_SB139_DIGEST = 'https://app.legiplex.com/la/legislature/2017/2017-r/bills/sb139/draft-391392?id=391392';
/** Acts 2010, No. 520 (HB 376), enrolled: R.S. 15:574.9(G)(1) as it read before Act 280. */
export const URL_ACT_520_2010 = 'https://app.legiplex.com/la/legislature/2010/2010-r/bills/hb376/draft-536555';
/** 2010 SB 679, engrossed, and its digest: C.Cr.P. art. 900(A)(6) as it read before Act 280. */
export const URL_SB679_2010 = 'https://app.legiplex.com/la/legislature/2010/2010-r/bills/sb679/draft-683021';

/** Act 7 repealed the credit articles; no effective-date section appears in its title (see the note on `credits.probationDaysPerMonth`). */
export const REPEAL_DAY_ISO = '2024-04-29';
/** Act 8's changes apply to offenses committed on or after this day. */
export const ACT_8_OFFENSE_DAY_ISO = '2024-08-01';
/** La. C.Cr.P. art. 897 as amended by Acts 2024, No. 648 (legis.la.gov, read 2026-12-03). */
export const URL_897 = 'https://legis.la.gov/legis/Law.aspx?d=112898';
/** La. C.Cr.P. art. 894.4 (lawserver.com, read 2026-12-03). */
export const URL_894_4 = 'https://www.lawserver.com/law/state/louisiana/la-laws/louisiana_code_of_criminal_procedure_894-4';
/** La. C.Cr.P. art. 894 (legis.la.gov, read 2026-12-03). */
export const URL_894 = 'https://legis.la.gov/Legis/Law.aspx?d=112888';
/** House digest of HB 271 (2015), which states art. 894(A)(1)'s two years as present law. */
const URL_HB271_2015_DIGEST = 'https://app.legiplex.com/la/legislature/2015/2015-r/bills/hb271/draft-441050?id=441050';

const ccrp = (article: string, enactedBy: string, url?: string): Source =>
  url === undefined ? { citation: `La. C.Cr.P. art. ${article}`, enactedBy } : { citation: `La. C.Cr.P. art. ${article}`, enactedBy, url };
const rs = (section: string, enactedBy: string, url?: string): Source =>
  url === undefined ? { citation: `La. R.S. ${section}`, enactedBy } : { citation: `La. R.S. ${section}`, enactedBy, url };

const REPEAL_NOTE =
  'Repealed by Act 7 of the 2024 2nd Ex. Sess., § 2 (enrolled title read: "to provide for the elimination of earned compliance credits while on probation or parole"; the code’s repeal note as reported). Act 7’s title has no "to provide for an effective date", so the constitutional default applies: the sixtieth day after the session’s final adjournment (La. Const. art. III, § 19). The bill was enrolled on February 29, 2024 and signed as Act 7 on March 5, 2024 (legiplex bill history, secondary), which fits a final adjournment on February 29, 2024 (not verified in the journal); February 29 + 60 days (31 in March, 29 in April) = April 29, 2024, the date a 2025 bill (HB 208) uses for offenses the credit repeal reaches [secondary summary]. Credit for a month is read on the month’s last day, so March 2024 (posted April 1, 2024) is the last month that earns where the repeal reaches the offense; it reaches offenses committed on or after the repeal (see `credits.earlierOffensesKeepEarning`), and a term for an earlier offense keeps earning at the rate in force on the day before it.';

export const usLaParameters = defineParameters('us-la', {
  credits: {
    probationDaysPerMonth: parameter<number>({
      label: 'Earned compliance credits on felony probation, per full calendar month',
      description:
        'Days taken off the probation term for every full calendar month on probation (C.Cr.P. art. 895.6(A)). Read on the last day of each month, the day the month is complete; months after the as-of date are projected under the law in force on the as-of date.',
      unit: 'days',
      values: [
        {
          from: '2017-11-01',
          value: 30,
          source: ccrp('895.6(A)', ACT_280, URL_895_6),
          note: 'The Act applies to everyone on felony probation under art. 893 from November 1, 2017; months that ended before then earn nothing (November 2017, posted December 1, 2017, is the first month that earns).',
        },
        { from: REPEAL_DAY_ISO, value: null, source: ccrp('895.6', ACT_7, URL_ACT_7), note: REPEAL_NOTE },
      ],
    }),
    paroleDaysPerMonth: parameter<number>({
      label: 'Earned compliance credits on parole, per full calendar month',
      description:
        'Days taken off the parole term for every full calendar month on parole (R.S. 15:574.6.1(A)(1)). Read like the probation rate.',
      unit: 'days',
      values: [
        { from: '2017-11-01', value: 30, source: rs('15:574.6.1(A)(1)', ACT_280, URL_574_6_1) },
        { from: REPEAL_DAY_ISO, value: null, source: rs('15:574.6.1', ACT_7, URL_ACT_7), note: REPEAL_NOTE },
      ],
    }),
    rescissionDays: parameter<number>({
      label: 'Credit an officer may rescind for a non-compliant month',
      description:
        'If the officer has reasonable cause to believe the person was not compliant in a given calendar month, the officer may rescind this many days, and only for a month in which the person is found not to be in compliance.',
      unit: 'days',
      values: [
        {
          from: '2017-11-01',
          value: 30,
          source: { citation: 'La. C.Cr.P. art. 895.6(B); La. R.S. 15:574.6.1(B)(1)', enactedBy: ACT_280, url: URL_895_6 },
          note: 'Reading: a month with a violation report that was not dismissed, or with custody or absconding in it, is taken as found non-compliant and its 30 days rescinded (the officer "may"; the projection assumes the officer does, and warns). A dismissed report is not a finding of non-compliance, so it costs nothing.',
        },
      ],
      alternatives: [
        {
          value: 0,
          reading: 'The officer does not rescind: every full calendar month on supervision earns, whatever happened in it.',
        },
      ],
    }),
    specialtyCourtExcluded: parameter<boolean>({
      label: 'People ordered into a specialty court (probation) or reentry court (parole) earn no credits',
      description:
        'Read on the as-of date. Act 508 of 2018 added art. 895.6(A)(2) and R.S. 15:574.6.1(A)(2). The record format has no field for it: a term may carry `specialtyCourt: true` (or `reentryCourt: true` on parole), or a `credits_ineligible` order.',
      unit: 'boolean',
      values: [
        { from: '2017-11-01', value: false, source: ccrp('895.6(A) (2017 text)', ACT_280, URL_895_6) },
        {
          from: '2018-08-01',
          value: true,
          source: { citation: 'La. C.Cr.P. art. 895.6(A)(2); La. R.S. 15:574.6.1(A)(2)', enactedBy: ACT_508, url: URL_895_6_AMENDED },
          note: 'Act 508’s enrolled title was read ("to prohibit specialty court program participants from earning compliance credits"); its effective date is the regular-session default, August 1, 2018 [not read in the Act].',
        },
      ],
    }),
    earlierOffensesKeepEarning: parameter<boolean>({
      label: 'After the repeal, people supervised for offenses committed before it keep earning',
      description:
        'How far Act 7’s repeal reaches. false: no month that ends on or after the repeal date earns, for anyone; credits earned before it stay. true: the repeal reaches only offenses committed on or after the repeal date (read on the latest offense date of the term).',
      unit: 'boolean',
      values: [
        {
          from: REPEAL_DAY_ISO,
          value: true,
          source: { citation: 'La. C.Cr.P. art. 895.6; La. R.S. 15:574.6.1 (repealed)', enactedBy: ACT_7, url: URL_ACT_7 },
          note: 'Read by the offense date, as Act 7 reads its other changes. Act 7’s applicability section was not read; its first page keys the good-time changes expressly to the offense date ("No person who commits an offense on or after August 1, 2024 …", R.S. 15:571.3(G), 571.3.1(A), read), and its title words the credit repeal without any date. Three things decide the reading: (1) taking away, for an offense committed before the change, credits that shorten the punishment is an ex post facto law (Weaver v. Graham, 450 U.S. 24 (1981): a law reducing the gain time a prisoner whose crime preceded it can earn; Lynce v. Mathis, 519 U.S. 433 (1997)); Louisiana fixes a person’s eligibility for diminution of sentence by the law in force when the offense was committed; (2) the Legislature, in 2025 HB 208 ("to provide for the elimination of earned compliance credits while on parole; to provide for a statement of legislative intent", title read; enrolled and made an Act by a secondary summary), applies the elimination "only to offenses committed on or after April 29, 2024" [secondary summary; text not read]; (3) a repeal does not take back credits already earned (La. R.S. 1:2; R.S. 24:171). Read on the latest offense date of the term; every term the repeal touches gets a warning.',
        },
      ],
      alternatives: [
        {
          value: false,
          reading:
            'The repeal stops new credits for everyone from April 29, 2024, whatever the offense date; credits earned before it are kept (a plain repeal read on the day each month ends).',
        },
      ],
    }),
    dischargeMandatory: parameter<boolean>({
      label: 'A term satisfied by time served plus credits ends by law',
      description:
        'Art. 895.6(D) and R.S. 15:574.6.1: when the total term is satisfied through time served plus earned compliance credits, the Department acts to discharge. Read on the as-of date.',
      unit: 'boolean',
      values: [
        {
          from: '2017-11-01',
          value: true,
          source: { citation: 'La. C.Cr.P. art. 895.6(A), (D); La. R.S. 15:574.6.1(A)(1)', enactedBy: ACT_280, url: URL_895_6 },
          note: 'The 2017 text says the person "shall earn a diminution of probation term", and (D) begins "When a defendant’s total probation term is satisfied through a combination of time served … and earned compliance credits, the Department … shall"; the rest of (D) was not read. The amended (A) reads "shall be eligible to earn … in accordance with the procedure provided in Article 893", whose procedure was not found. Read as a discharge the law requires.',
        },
      ],
      alternatives: [
        {
          value: false,
          reading:
            'Credits are only a ground for the court to end the term (art. 893 procedure): earned_discharge is reported, but the projected end does not move.',
        },
      ],
    }),
  },

  term: {
    felonyProbationMaxYears: parameter<number>({
      label: 'Longest felony probation a court may set',
      description:
        'C.Cr.P. art. 893(A)(1)(a): "the period of probation shall be specified and shall not be more than" this many years (except as art. 893(G) and (H) provide). Read on the date of the offense (the latest offense of the term; the sentence date when the record gives none).',
      unit: 'years',
      values: [
        {
          from: '1967-01-01',
          value: 5,
          source: ccrp('893(A) (text before Act 280)', 'Acts 1966, No. 310 (Code of Criminal Procedure), as amended', URL_SB139_DIGEST),
          note: 'The five-year maximum before 2017 is from secondary sources: the Senate digest of SB 139 (2017, reengrossed: "Present law provides that when an offender’s sentence is suspended, he is to be placed on probation for not less than one year and not more than five years") and Pew / SCF Center. The one-year minimum of the old text is not encoded.',
        },
        {
          from: '2017-11-01',
          value: 3,
          source: ccrp('893(A)(1)(a)', ACT_280, URL_HB11_DIGEST),
          note: 'Text "shall be specified and shall not be more than three years" read as quoted in the House digest of HB 11 (2024); the résumé digest of Act 280 says the same ("the period of probation shall be specified and shall not be more than three years"). Keyed by offense date (the law in force when the offense was committed fixes the penalty); Act 280’s own applicability section was not read. Exceptions: `term.juvenileSexOffenseProbationMaxYears`, `term.crimeOfViolenceProbationMaxYears`.',
        },
        {
          from: ACT_8_OFFENSE_DAY_ISO,
          value: 5,
          source: ccrp('893(A)(1)(a)', ACT_8, URL_ACT_8),
          note: 'Act 8 "increases the maximum length of the probation period from three years to five years" (House digest); it applies to offenses committed on or after August 1, 2024 [secondary summary; Act 8’s applicability section not read].',
        },
      ],
    }),
    juvenileSexOffenseProbationMaxYears: parameter<number>({
      label:
        'Longest probation on a first conviction of pornography involving juveniles (R.S. 14:81.1) or molestation of a juvenile (R.S. 14:81.2)',
      description:
        'C.Cr.P. art. 893(A) after Act 280: the sentence of a second or third conviction of R.S. 14:81.1 or 81.2 may not be suspended; where the court suspends the sentence of a first conviction, "the period of probation shall be specified and shall not be more than five years". An exception to `term.felonyProbationMaxYears`, read on the offense date like it.',
      unit: 'years',
      values: [
        {
          from: '2017-11-01',
          value: 5,
          source: ccrp('893(A)(1)(b)', ACT_280, URL_893_AFTER_ACT_280),
          note: 'Art. 893(A)(1)(b) as amended by Act 280 (unofficial copy, read 2026-11-30): "The court shall not suspend the sentence of a second or third conviction of R.S. 14:81.1 or 81.2. If the court suspends the sentence of a first conviction of R.S. 14:81.1 or 81.2, the period of probation shall be specified and shall not be more than five years." The résumé digest of Act 280 says the same. A probation for either offense is read as a first conviction (a later one cannot be suspended).',
        },
      ],
    }),
    crimeOfViolenceProbationMaxYears: parameter<number>({
      label: 'Longest probation on a first conviction of a crime of violence',
      description:
        'C.Cr.P. art. 893(A)(2) after Act 280: the court may not suspend the sentence of an offense designated in the court minutes as a crime of violence (art. 890.3), except a first conviction of an offense with a maximum prison term of ten years or less not committed against a family or household member (R.S. 14:35.3) or dating partner (R.S. 46:2151); "The period of probation shall be specified and shall not be more than five years." An exception to `term.felonyProbationMaxYears`, read on the offense date like it.',
      unit: 'years',
      values: [
        {
          from: '2017-11-01',
          value: 5,
          source: ccrp('893(A)(2)', ACT_280, URL_893_AFTER_ACT_280),
          note: 'Read 2026-11-30 in an unofficial, undated copy of art. 893(A)(1)–(4) whose (A)(1)(a) says "three years" and refers to Paragraph H, so the text between Act 280 and Act 8. That (A)(2) came with Act 280 itself rests on the Senate digest of SB 139 (reengrossed), which gave the same five years; no later act found amending art. 893 lists (A)(2) (Act 61 of 2021 amends (B); Act 8 of 2024 amends (A)(1)(a)). The résumé digest of the enacted Act names the five years only for R.S. 14:81.1 and 81.2, which is why the general three years is kept as the alternative.',
        },
        {
          from: ACT_8_OFFENSE_DAY_ISO,
          value: 5,
          source: ccrp('893(A)(2)', ACT_8, URL_ACT_8),
          note: 'Unchanged at five years; Act 8 makes five years the general maximum too (House digest of HB 11) [secondary].',
        },
      ],
      alternatives: [
        {
          value: 3,
          reading:
            'A first conviction of a crime of violence falls under the general three-year limit of art. 893(A)(1)(a) from November 1, 2017 (the résumé digest of the enacted Act names no longer period for it).',
        },
      ],
    }),
  },

  extension: {
    untilMoneyPaid: parameter<boolean>({
      label: 'A judge may extend probation until money owed on it is paid',
      description:
        'C.Cr.P. art. 894.4: "When a defendant has been sentenced to probation and has a monetary obligation, including but not limited to court costs, fines, costs of prosecution, and any other monetary costs associated with probation, the judge may extend the period of probation until the monetary obligation is extinguished." Read on the day of each extension order: an order made before the article existed is not one it allows.',
      unit: 'boolean',
      values: [
        {
          from: '2006-08-15',
          value: true,
          source: ccrp('894.4', 'Acts 2006, No. 823, § 1; Acts 2010, No. 808, § 1', URL_894_4),
          note: 'Text and history line read 2026-12-03 at lawserver.com (unofficial). Act 823 of 2006 is taken to be in force from August 15, 2006, the default for acts of the 2006 regular session (La. Const. art. III, § 19); the act itself was not read.',
        },
      ],
    }),
  },

  misdemeanorProbation: {
    maxYears: parameter<number>({
      label: 'Longest misdemeanor probation a court may set',
      description:
        'C.Cr.P. art. 894(A)(1): on a misdemeanor conviction (except criminal neglect of family or stalking) the court may suspend the sentence and place the defendant on probation, and "Such suspension of sentence and probation shall be for a period of two years or such shorter period as the court may specify"; (A)(2): probation under the Department "for a period of not more than two years"; (A)(3): the same two years for a second OWI. Read on the sentence date, the day the court set the period.',
      unit: 'years',
      values: [
        {
          from: '1967-01-01',
          value: 2,
          source: ccrp('894(A)(1)–(3)', 'Acts 1966, No. 310 (Code of Criminal Procedure), as amended', URL_894),
          note:
            'Text read at legis.la.gov on 2026-12-03. The House digest of HB 271 (2015) gives the same two years as present law in 2015 (' +
            URL_HB271_2015_DIGEST +
            "); the article's earlier amendments were not read, so the two years are taken to have stood since the Code took effect (open question).",
        },
      ],
    }),
  },

  courtTermination: {
    felonyWaitMonths: parameter<number>({
      label: 'Probation served before the court may terminate felony probation',
      description:
        'C.Cr.P. art. 897(A): in a felony case the court may terminate probation "at any time after the expiration of one year of probation", with the state\'s written non-opposition or after a contradictory hearing. A misdemeanor probation may be terminated at any time (897(B)). Read on the as-of date: the court applies the article in force when it acts.',
      unit: 'months',
      values: [
        {
          from: '2014-08-01',
          value: 12,
          source: ccrp('897(A)', 'Acts 2014, No. 275, § 1 (HB 1257)', URL_897),
          note: `The article's history at legis.la.gov names two acts, "Acts 2014, No. 275, §1; Acts 2024, No. 648, §1". Act 275 (HB 1257 of 2014, chaptered May 28, 2014) set the procedure for terminating probation "through written verification or through contradictory hearings" (bill summary at legiplex, read 2026-12-03); Act 648 (SB 413 of 2024) "Prohibits early termination of probation and parole for certain offenses" (its caption). So the text as read, less the convictions Act 648 excludes (\`vehicleOffensesExcluded\`), is taken to be Act 275's, one-year wait included; Act 275's enrolled text was not read (open question). In force from August 1, 2014, the day acts of a regular session take effect unless they say otherwise (La. Const. art. III, § 19). The article before Act 275 was not read: no value earlier, and the rule offers nothing then, with a warning.`,
        },
      ],
    }),
    vehicleOffensesExcluded: parameter<boolean>({
      label:
        "Convictions for operating a vehicle while intoxicated, vehicular homicide and vehicular negligent injuring are outside the court's power to end probation early",
      description:
        'C.Cr.P. art. 897(A) "other than for a conviction of operating a vehicle while intoxicated, vehicular homicide, or first degree vehicular negligent injuring" (felony) and (B) "other than for a conviction of vehicular negligent injuring" (misdemeanor). Read on the as-of date, as the wait is.',
      unit: 'boolean',
      values: [
        {
          from: '2014-08-01',
          value: false,
          source: ccrp('897', 'Acts 2014, No. 275, § 1 (HB 1257)', URL_897),
          note: 'Taken to be the text before Act 648, which added the exclusions (see `felonyWaitMonths`).',
        },
        {
          from: '2024-08-01',
          value: true,
          source: ccrp('897(A), (B)', 'Acts 2024, No. 648, § 1 (SB 413)', URL_897),
          note: 'Text read at legis.la.gov on 2026-12-03. SB 413 of 2024: "Prohibits early termination of probation and parole for certain offenses. (8/1/24)" (caption, legiplex; chaptered June 10, 2024), so in force from August 1, 2024.',
        },
      ],
    }),
  },

  sanction: {
    technicalLimitExcludesViolentAndSex: parameter<boolean>({
      label: 'The custody limits for a technical violation do not cover people supervised for a crime of violence or a sex offense',
      description:
        'C.Cr.P. art. 900(A)(6) and R.S. 15:574.9 limit the custody for a technical violation of "any defendant who has been placed on probation … for the conviction of an offense other than a crime of violence … or of a sex offense" (probation) and of "any offender who has been released on parole for the conviction of an offense other than a crime of violence as defined in R.S. 14:2(B) or of a sex offense as defined in R.S. 15:541" (parole). Read on the as-of date.',
      unit: 'boolean',
      values: [
        {
          from: '2017-11-01',
          value: true,
          source: {
            citation: 'La. C.Cr.P. art. 900(A)(6); La. R.S. 15:574.9(G)–(H)',
            enactedBy: 'Acts 2010, No. 520 (HB 376); Acts 2017, No. 280',
            url: URL_ACT_520_2010,
          },
          note: 'Every text read limits the technical-violation custody to offenses other than a crime of violence or a sex offense: R.S. 15:574.9(G)(1) as amended by Act 520 of 2010 (enrolled text read) and art. 900(A)(6) as the 2010 digest of SB 679 describes it. Act 280 (2017) and Act 8 (2024) amended both provisions; their text was not read, and no summary read says that either removed the exclusion (Act 8 amends art. 900(A)(6)(b)–(d) and enacts (e), leaving (a)). A term it excludes gets no limit, with a warning.',
        },
      ],
      alternatives: [
        {
          value: false,
          reading:
            'The 15/30/45-day limits (and the Act 8 limits) cover every technical violation, whatever the offense (the Pew summary of Act 280 speaks of "probationers and parolees" without a carve-out).',
        },
      ],
    }),
    probationTechnicalDays: parameter<readonly number[]>({
      label: 'Most days in custody for a technical probation violation (first, second, third or later)',
      description:
        'C.Cr.P. art. 900(A)(6) as amended by Act 280: custody for a first technical violation at most 15 days, a second 30, a third or later 45. Read on the as-of date (the sanction for the next violation is imposed after it) for offenses committed before August 1, 2024. The last entry applies to every later violation.',
      unit: 'list',
      values: [
        {
          from: '2017-11-01',
          value: [15, 30, 45],
          source: ccrp('900(A)(6)', ACT_280, URL_SCF),
          note: 'Act 280’s enrolled title was read (it amends art. 900(A)(5) and (6)). The day counts are from secondary sources (Pew brief as reproduced by SCF Center: "Caps stay at 15, 30, and 45 days for the first, second, and subsequent sanctions"); the text of art. 900(A)(6) after 2017 was not read. Before November 1, 2017 no limit is encoded.',
        },
      ],
    }),
    probationTechnicalDaysAct8: parameter<readonly number[]>({
      label: 'Most days in custody for a technical probation violation, offenses on or after August 1, 2024',
      description:
        'C.Cr.P. art. 900(A)(6) as amended by Act 8 of the 2024 2nd Ex. Sess.: up to 90 days in custody for a technical violation. Read on the offense date.',
      unit: 'list',
      values: [
        {
          from: ACT_8_OFFENSE_DAY_ISO,
          value: [90],
          source: ccrp('900(A)(6)(b)–(e)', ACT_8, URL_HB11_SUMMARY),
          note: 'From secondary summaries of Act 8 ("Defendants may face up to ninety days in custody for technical violations"); the amended text was not read. Read as 90 days for each technical violation, with no escalation by number.',
        },
      ],
    }),
    paroleTechnicalDays: parameter<readonly number[]>({
      label: 'Most days in custody for a technical parole violation (first, second, third or later)',
      description:
        'R.S. 15:574.9(H) after the 2017 reforms: 15 / 30 / 45 days. Read on the as-of date, for offenses committed before August 1, 2024.',
      unit: 'list',
      values: [
        {
          from: '2017-11-01',
          value: [15, 30, 45],
          source: rs('15:574.9(H)', ACT_280, URL_SCF),
          note: 'Act 280’s enrolled title was read: it enacts R.S. 15:574.9(H) and amends 574.9(D)–(G). The day counts are from secondary sources only (Pew / SCF Center: the 15/30/45 caps apply to "probationers and parolees"); the text of R.S. 15:574.9(H) was not read.',
        },
      ],
    }),
    paroleTechnicalDaysAct8: parameter<readonly number[]>({
      label: 'Most days in custody for a technical parole violation, offenses on or after August 1, 2024',
      description:
        'R.S. 15:574.9(H) as amended by Act 8: 90 days for a first, 120 for a second, 180 for a third or later. Read on the offense date.',
      unit: 'list',
      values: [
        {
          from: ACT_8_OFFENSE_DAY_ISO,
          value: [90, 120, 180],
          source: rs('15:574.9(H)', ACT_8, URL_HB11_SUMMARY),
          note: 'From secondary summaries of Act 8 ("up to 90 days for a first violation, 120 days for a second, and 180 days for subsequent violations"); the amended text was not read.',
        },
      ],
    }),
  },
});

export type UsLaParameters = typeof usLaParameters;

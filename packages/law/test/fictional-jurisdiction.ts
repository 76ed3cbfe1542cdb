/**
 * Zembla (US-ZZ), a fictional jurisdiction for engine tests, so that fixtures never look like real
 * people or real law. Its "Probation Code" has: a 2-year felony cap with a labelled violent-felony
 * exception (any length); 20 credit days per compliant calendar month from 2020-01-01; early
 * termination after a year; and a 10-day limit on jail for a first technical violation.
 */
import { addMonths, addYears } from '../src/dates/calendar.ts';
import { addOpportunityFromCriteria } from '../src/engine/criteria.ts';
import { anyDayIn, anyIntervalIn, dayCreditsSatisfyTerm, fullCalendarMonths } from '../src/engine/compliance-months.ts';
import { decide } from '../src/engine/exceptions.ts';
import { defineJurisdiction, type Rule } from '../src/engine/jurisdiction.ts';
import { defineParameters, parameter } from '../src/engine/parameters.ts';

const ZPC = (s: string) => ({ citation: `Zem. Prob. Code § ${s}`, enactedBy: 'Zembla Laws 2019, ch. 1' });

export const zemblaParameters = defineParameters('us-zz', {
  cap: {
    felonyYears: parameter<number>({
      label: 'Felony probation cap',
      description: 'Longest felony probation a court may impose.',
      unit: 'years',
      values: [
        { from: '2015-01-01', value: 5, source: ZPC('10(a) (1990 text)') },
        { from: '2020-01-01', value: 2, source: ZPC('10(a)') },
      ],
    }),
  },
  credits: {
    daysPerMonth: parameter<number>({
      label: 'Credit days per compliant month',
      description: 'Days taken off the term for each full calendar month of compliance.',
      unit: 'days',
      values: [{ from: '2020-01-01', value: 20, source: ZPC('20') }],
    }),
  },
  sanction: {
    firstTechnicalDays: parameter<number>({
      label: 'Jail limit, first technical violation',
      description: 'Most days of jail for a first technical violation.',
      unit: 'days',
      values: [{ from: '2020-01-01', value: 10, source: ZPC('30(b)') }],
    }),
  },
});
type P = typeof zemblaParameters;

const felonyCap: Rule<P> = (ctx) => {
  if (ctx.facts.level !== 'felony') return;
  const cap = ctx.param(ctx.params.cap.felonyYears, ctx.facts.sentence);
  if (cap === undefined) return;
  const decision = decide(ctx, {
    general: { label: '§ 10(a)', citations: [cap.source.citation], value: (c) => addYears(c.facts.sentence, cap.value) },
    exceptions: [
      {
        label: '§ 10(b): violent felony',
        citations: ['Zem. Prob. Code § 10(b)'],
        appliesBecause: (c) => (c.hasTag('violent') ? 'the offense is a violent felony' : undefined),
        value: () => null,
      },
    ],
  });
  if (decision.value === null) {
    ctx.explain(`The ${cap.value}-year cap does not apply because ${decision.decidedBy[0]!.because}.`, decision.decidedBy[0]!.citations);
    return;
  }
  ctx.capAt(
    decision.value,
    `Felony probation may not exceed ${cap.value} years, so it ends by ${ctx.date(decision.value)} at the latest.`,
    [cap.source.citation],
  );
};

const earnedCredits: Rule<P> = (ctx) => {
  const { start, violations, custody, absconded } = ctx.facts;
  const end = ctx.scheduledEnd;
  if (end === null) return;
  const reports = violations.map((v) => v.day);
  const postings = fullCalendarMonths(start, end)
    .map((m) => {
      const rate = ctx.param(ctx.params.credits.daysPerMonth, m.first);
      const broken = m.last <= ctx.asOf && (anyDayIn(reports, m) || anyIntervalIn(custody, m) || anyIntervalIn(absconded, m));
      return { posts: m.posts, days: rate === undefined || broken ? 0 : rate.value };
    })
    .filter((p) => p.days > 0);
  const earned = postings.filter((p) => p.posts <= ctx.asOf).reduce((s, p) => s + p.days, 0);
  ctx.setEarnedCredits(earned);
  const satisfied = dayCreditsSatisfyTerm(start, end - start, postings);
  if (satisfied !== null && satisfied < end) {
    ctx.dischargeByLaw(satisfied, `With credits, the term is satisfied on ${ctx.date(satisfied)}.`, ['Zem. Prob. Code § 20']);
  }
};

const earlyTermination: Rule<P> = (ctx) => {
  const opening = addOpportunityFromCriteria(
    ctx,
    { kind: 'early_termination', citations: ['Zem. Prob. Code § 40'], basis: 'the court may terminate' },
    [
      {
        id: 'one_year_served',
        met: true,
        date: addMonths(ctx.facts.start, 12),
        reason: 'one year of probation served',
        citations: ['Zem. Prob. Code § 40'],
      },
      ctx.hasTag('sex_registration')
        ? {
            id: 'not_registrant',
            met: false,
            exclusion: true,
            reason: 'registration offenses are excluded',
            citations: ['Zem. Prob. Code § 40(c)'],
          }
        : { id: 'not_registrant', met: true, reason: 'not a registration offense', citations: [] },
      {
        id: 'classes_done',
        met: 'unknown',
        reason: 'the required classes are done',
        assumption: 'The record does not show whether the required classes are done; assumed they are.',
        citations: ['Zem. Prob. Code § 40(b)'],
      },
    ],
  );
  if (opening !== null) ctx.explain(`From ${ctx.date(opening)} the court may end your probation early.`, ['Zem. Prob. Code § 40']);
};

const sanctionLimit: Rule<P> = (ctx) => {
  const limit = ctx.param(ctx.params.sanction.firstTechnicalDays, ctx.asOf);
  if (limit === undefined) return;
  const prior = ctx.facts.violations.filter((v) => v.category === 'technical' && v.status === 'sustained').length;
  ctx.setSanctionLimit(
    {
      violationNumber: prior + 1,
      confinementAllowed: true,
      maxConfinementDays: prior === 0 ? limit.value : null,
      citations: [limit.source.citation],
    },
    'A first technical violation may bring at most 10 days in jail.',
  );
};

export const zembla = defineJurisdiction({
  code: 'US-ZZ',
  name: 'Zembla (fictional)',
  parameters: zemblaParameters,
  offenseTable: {
    aliases: [[/^ZEM\.? PENAL CODE\b/, 'ZPC']],
    entries: [
      { statute: 'ZPC 100', title: 'Robbery', tags: ['violent'], citation: 'Zem. Prob. Code § 10(b)(1)', asOf: '2026-01-01' },
      {
        statute: 'ZPC 300',
        title: 'Drug offenses (chapter 3)',
        tags: ['drug'],
        citation: 'Zem. Penal Code ch. 3',
        asOf: '2026-01-01',
        pattern: /^ZPC 3\d\d\b/,
      },
    ],
  },
  rules: { felonyCap, earnedCredits, earlyTermination, sanctionLimit },
  exampleAsOf: '2021-12-31',
  provisions: [
    {
      id: 'us-zz.probation-code',
      title: 'The Zembla Probation Code (fictional)',
      citation: 'Zem. Prob. Code §§ 10–40',
      rules: ['felonyCap', 'earnedCredits', 'earlyTermination', 'sanctionLimit'],
      effective: { from: '2020-01-01', selectedBy: 'the sentence date for the cap; the as-of date otherwise' },
      sources: [
        { citation: 'Zem. Prob. Code', version: 'fictional', read: '2026-11-30', url: 'https://pathways.invalid/zembla', kind: 'primary' },
      ],
      reviews: [{ by: 'Pathways engineering', on: '2026-11-30', status: 'encoded from primary text' }],
      readings: [],
      openQuestions: [],
      tests: ['packages/law/test/engine.test.ts'],
    },
  ],
  limits: { consecutiveTerms: 'Zembla aggregates consecutive terms; this engine evaluates each term alone.' },
});

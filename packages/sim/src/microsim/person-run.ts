/**
 * One person's months under one scenario's law. The law engine decides every date and limit: the
 * person's projected end (caps, credits, mandatory discharges), the opportunities a court may act on,
 * and the limit on confinement for the next technical violation. This file decides only what the law
 * leaves to chance and discretion: whether a violation happens this month, how it is answered within
 * the limit, whether an open opportunity is granted.
 *
 * Each month consumes the same number of draws from the person's stream whatever happens, so that
 * baseline and reform, fed the same stream, see the same luck month for month (common random numbers).
 */
import {
  evaluateTerm,
  formatIsoDate,
  parseIsoDate,
  pushEventDays,
  type Day,
  type Jurisdiction,
  type PersonRecord,
  type SupervisionEvent,
  type TermEvaluation,
} from '@pathways/law';
import type { StateCalibration } from '../calibration/state-calibration.ts';
import { TECHNICAL_KINDS } from '../calibration/national.ts';
import { pickWeighted, type RandomStream } from '../random.ts';
import type { GrantRates } from './behaviour.ts';
import type { Horizon } from './horizon.ts';
import { groupMetricIndex as G, monthlyIndex as M, totalIndex as T, type Tally } from './metrics.ts';

export interface ScenarioLaw {
  /** 0 baseline, 1 reform: the block of the tally it counts into. */
  index: number;
  jurisdiction: Jurisdiction;
  /** Days on which a parameter of this law takes a new value: evaluations are redone from them on. */
  changeDays: readonly Day[];
  /** Whether anyone earns credits under this law in the horizon (see simulation-context.ts). */
  givesCredits: boolean;
}

export interface PersonPlan {
  record: PersonRecord;
  /** The month the person enters: 0 for the stock on the first day, or the entrant's month. */
  entryMonth: number;
  /** A new term that begins in the horizon (counted in `entries`), not one of the stock. */
  entrant: boolean;
  /** Level × offense group cell for the group totals. */
  groupCell: number;
}

export interface Assumptions {
  calibration: StateCalibration;
  grantRates: GrantRates;
}

const DAYS_PER_MONTH = 365.25 / 12;
/** A violation in the model is dated on the 15th of its month. */
const VIOLATION_DAY_OFFSET = 14;

type ExitReason = 'completed' | 'cap' | 'earned' | 'early' | 'technical' | 'new_offense' | 'absconding';
const EXIT_METRIC: Record<ExitReason, number> = {
  completed: M.exitsCompleted,
  cap: M.exitsStatutoryCap,
  earned: M.exitsEarnedDischarge,
  early: M.exitsEarlyTermination,
  technical: M.revocationsTechnical,
  new_offense: M.revocationsNewOffense,
  absconding: M.revocationsAbsconding,
};

/** What the simulation reads from one evaluation, parsed once. */
interface Reading {
  evaluation: TermEvaluation;
  scheduledEnd: Day | null;
  statutoryMax: Day | null;
  projectedEnd: Day | null;
  /** The earliest day a court may end the term early (early_termination, or a discretionary earned discharge). */
  earlyTermination: Day | null;
  earlyRate: number;
  /** The day a review conference the law requires falls due (it is held then, or at once if already due). */
  review: Day | null;
}

export function runPerson(
  plan: PersonPlan,
  law: ScenarioLaw,
  horizon: Horizon,
  assumptions: Assumptions,
  draws: RandomStream,
  tally: Tally,
): void {
  const s = law.index;
  const { calibration: cal, grantRates } = assumptions;
  const term = plan.record.terms[0]!;
  const events = [...(plan.record.events ?? [])];
  const person: PersonRecord = { ...plan.record, events };
  // The events' days, kept in step as the months add events, so an evaluation need not parse them again.
  const days: number[] = [];
  for (const event of events) pushEventDays(days, event);
  const addEvent = (event: SupervisionEvent): void => {
    events.push(event);
    pushEventDays(days, event);
  };
  const startDay = parseIsoDate(term.startDate);
  const onParole = term.kind !== 'probation';
  const supervisedMetric = onParole ? M.paroleDays : M.probationDays;
  const stay = onParole ? cal.prisonStayMonths.paroleViolator.value : cal.prisonStayMonths.probationViolator.value;
  const hazard = cal.monthlyHazard;
  const response = cal.response;
  const ms = horizon.monthStart;
  const months = horizon.months;

  let owed = restitutionOwed(person);
  const installment = Math.max(25, Math.round((term.restitutionOrderedUsd ?? 0) / 24));
  let episodes = events.filter((e) => e.type === 'violation').length;
  let evaluations = 0;
  const read = (asOf: Day): Reading => {
    evaluations += 1;
    return reading(evaluateTerm(law.jurisdiction, person, term, asOf, days), grantRates);
  };

  tally.addTotal(s, T.people, 1);
  tally.addGroup(s, plan.groupCell, G.people, 1);
  if (plan.entrant) tally.addMonthly(s, M.entries, plan.entryMonth, 1);

  let r = read(Math.max(ms[plan.entryMonth]!, startDay));
  let nextChange = firstAfter(law.changeDays, Math.max(ms[plan.entryMonth]!, startDay));
  let reviewDecided: Day | null = null;
  // A violation makes the evaluation stale, but it never brings a date forward (it can only take a
  // credit away, restart a look-back window or raise the violation count): so a stale evaluation's dates
  // are lower bounds, and it is redone only when a decision needs it (the next technical violation's
  // limit, a grant, a review, or a projected end falling due). A payment that clears restitution or a
  // new value of the law can bring dates forward: they force the evaluation at the next month's start.
  let stale = false;
  let mustRefresh = false;
  let exitDay: Day | null = null;
  let supervisionDays = 0;

  const exit = (reason: ExitReason, day: Day, m: number): void => {
    exitDay = day;
    tally.addMonthly(s, EXIT_METRIC[reason], m, 1);
    if (r.scheduledEnd !== null && day < r.scheduledEnd && reason !== 'technical' && reason !== 'new_offense' && reason !== 'absconding') {
      tally.addTotal(s, T.exitsBeforeScheduledEnd, 1);
      tally.addTotal(s, T.daysCutFromScheduledEnd, r.scheduledEnd - day);
      tally.addGroup(s, plan.groupCell, G.exitsBeforeScheduledEnd, 1);
      if (reason === 'earned') {
        tally.addTotal(s, T.creditExits, 1);
        tally.addTotal(s, T.daysCutByCredits, r.scheduledEnd - day);
      }
    }
  };
  const supervise = (from: Day, to: Day, m: number): void => {
    if (to < from) return;
    tally.addMonthly(s, supervisedMetric, m, to - from + 1);
    supervisionDays += to - from + 1;
  };

  // The month being simulated: its first day, and the first day the person is supervised in it.
  let monthFirst = 0;
  let from = 0;
  const refresh = (): void => {
    r = read(from);
    nextChange = firstAfter(law.changeDays, monthFirst);
    stale = false;
    mustRefresh = false;
  };

  let m = plan.entryMonth;
  for (; m < months; m++) {
    const first = ms[m]!;
    const last = ms[m + 1]! - 1;
    const u1 = draws.next();
    const u2 = draws.next();
    const u3 = draws.next();
    const u4 = draws.next();
    const u5 = draws.next();
    const u6 = draws.next();
    if (last < startDay) continue;
    from = Math.max(first, startDay);
    monthFirst = first;
    if (mustRefresh || (nextChange !== null && first >= nextChange) || (stale && r.projectedEnd !== null && r.projectedEnd <= last))
      refresh();
    const end = r.projectedEnd;
    if (end !== null && end < from) {
      exit(dateExitReason(r), end, m);
      break;
    }
    if (startDay <= first) tally.addMonthly(s, M.population, m, 1);
    const lastActive = end !== null && end < last ? end : last;

    // A violation, dated mid-month, while still supervised.
    const violationDay = first + VIOLATION_DAY_OFFSET;
    const category =
      u1 < hazard.technical.value
        ? 'technical'
        : u1 < hazard.technical.value + hazard.newOffense.value
          ? 'new_offense'
          : u1 < hazard.technical.value + hazard.newOffense.value + hazard.absconding.value
            ? 'absconding'
            : null;
    if (category !== null && violationDay >= from && violationDay <= lastActive) {
      episodes += 1;
      const date = formatIsoDate(violationDay);
      let revoke = false;
      let jailDays = 0;
      if (category === 'technical') {
        if (stale) refresh();
        // The engine's limit on confinement for this, the next technical violation: null = no limit in law.
        const limit = r.evaluation.sanctionLimit;
        const capDays = limit === null ? null : !limit.confinementAllowed ? 0 : limit.maxConfinementDays;
        const asked =
          response.technicalJailDays.value.min +
          Math.floor(u3 * (response.technicalJailDays.value.max - response.technicalJailDays.value.min + 1));
        if (capDays === null) {
          if (u2 < response.revokeTechnical.value) revoke = true;
          else if (u2 < response.revokeTechnical.value + response.technicalJail.value) jailDays = asked;
        } else if (capDays > 0 && u2 < response.revokeTechnical.value + response.technicalJail.value) {
          // Where the law limits confinement, a revocation to prison would exceed it: the answer is jail within the cap.
          jailDays = Math.min(asked, capDays);
        }
      } else if (category === 'new_offense') {
        revoke = u2 < response.revokeNewOffense.value;
        addEvent({ type: 'arrest', termId: term.id, date, level: 'misdemeanor' } as never);
      } else revoke = u2 < response.revokeAbsconding.value;

      const kinds = category === 'technical' ? [pickWeighted(TECHNICAL_KINDS, u6)] : undefined;
      addEvent({
        type: 'violation',
        termId: term.id,
        date,
        category,
        ...(kinds ? { kinds } : {}),
        status: 'sustained',
        episodeId: `S-${episodes}`,
        ...(jailDays > 0 ? { sanction: { type: 'jail', days: jailDays } } : revoke ? { sanction: { type: 'prison' } } : {}),
      } as never);
      if (jailDays > 0) {
        addEvent({
          type: 'custody',
          termId: term.id,
          start: date,
          end: formatIsoDate(violationDay + jailDays - 1),
          reason: 'violation',
        } as never);
        tally.addMonthly(s, M.jailDays, m, jailDays);
        tally.addGroup(s, plan.groupCell, G.jailDays, jailDays);
      }
      if (revoke) {
        supervise(from, violationDay, m);
        exit(category, violationDay, m);
        imprison(tally, s, plan.groupCell, horizon, m, violationDay, Math.round(stay * DAYS_PER_MONTH));
        break;
      }
      stale = true;
    }

    // An opportunity the law opens, granted at the rate the model assumes (checked on a fresh evaluation).
    if (stale && r.earlyTermination !== null && r.earlyTermination <= lastActive && u4 < r.earlyRate) refresh();
    if (stale && r.review !== null && r.review !== reviewDecided && r.review <= lastActive) refresh();
    // A review due before the person entered the model (or before this evaluation) is held this month.
    if (r.earlyTermination !== null && r.earlyTermination <= lastActive && u4 < r.earlyRate) {
      const day = Math.max(from, r.earlyTermination);
      supervise(from, day, m);
      exit('early', day, m);
      break;
    }
    if (r.review !== null && r.review !== reviewDecided && r.review <= lastActive) {
      reviewDecided = r.review;
      if (u4 < grantRates.review_conference.value) {
        const held = Math.max(from, r.review);
        supervise(from, held, m);
        exit('early', held, m);
        break;
      }
    }

    // The projected end, if it falls in this month (on a fresh evaluation if a violation came since).
    if (stale && r.projectedEnd !== null && r.projectedEnd <= last) refresh();
    const endNow = r.projectedEnd;
    supervise(from, endNow !== null && endNow < last ? endNow : last, m);
    if (endNow !== null && endNow <= last) {
      exit(dateExitReason(r), endNow, m);
      break;
    }

    // Restitution paid in instalments; paying it off can open what it gated.
    if (owed > 0 && u5 < cal.restitution.monthlyPayment.value) {
      const amount = Math.min(owed, installment);
      owed = Math.round((owed - amount) * 100) / 100;
      addEvent({
        type: 'payment',
        termId: term.id,
        date: formatIsoDate(first + 20 <= last ? first + 20 : last),
        amountUsd: amount,
        kind: 'restitution',
      } as never);
      if (owed === 0) mustRefresh = true;
    }
  }

  // Credits earned by the exit (or the horizon's last day), as the engine counts them; asked only of a
  // law under which anyone earns credits.
  const lastDay = exitDay ?? ms[months]! - 1;
  const finalAsOf = Math.max(lastDay, startDay);
  const final = !law.givesCredits || r.evaluation.asOf === formatIsoDate(finalAsOf) ? r : read(finalAsOf);
  if (final.evaluation.earnedCreditDays > 0) {
    tally.addTotal(s, T.peopleWhoEarnedCredits, 1);
    tally.addTotal(s, T.creditDays, final.evaluation.earnedCreditDays);
  }
  tally.addTotal(s, T.evaluations, evaluations);
  tally.addTotal(s, T.personMonths, Math.min(m + 1, months) - plan.entryMonth);
  tally.addGroup(s, plan.groupCell, G.supervisionDays, supervisionDays);
}

function reading(evaluation: TermEvaluation, rates: GrantRates): Reading {
  const day = (iso: string | null) => (iso === null ? null : parseIsoDate(iso));
  const projectedEnd = day(evaluation.projectedEndDate);
  let earlyTermination: Day | null = null;
  let earlyRate = 0;
  let review: Day | null = null;
  for (const o of evaluation.opportunities) {
    if (o.status === 'ineligible' || o.date === null) continue;
    const d = parseIsoDate(o.date);
    if (o.kind === 'review_conference') {
      if (review === null || d < review) review = d;
    } else if (projectedEnd === null || d < projectedEnd) {
      // Early termination, a discretionary earned discharge, or a cap to be applied on a petition: the
      // earliest is the one a court can act on first.
      if (earlyTermination === null || d < earlyTermination) {
        earlyTermination = d;
        earlyRate = rates[o.kind].value;
      }
    }
  }
  return {
    evaluation,
    scheduledEnd: day(evaluation.scheduledEndDate),
    statutoryMax: day(evaluation.statutoryMaxEndDate),
    projectedEnd,
    earlyTermination,
    earlyRate,
    review,
  };
}

/** Why the projected end ends the term: as scheduled, at the law's maximum, or by a discharge the law requires. */
function dateExitReason(r: Reading): ExitReason {
  if (r.projectedEnd === r.scheduledEnd) return 'completed';
  if (r.projectedEnd === r.statutoryMax) return 'cap';
  return 'earned';
}

/** Prison days and the prison population month by month, from admission to release or the horizon's end. */
function imprison(tally: Tally, s: number, cell: number, horizon: Horizon, month: number, admitted: Day, days: number): void {
  tally.addMonthly(s, M.prisonAdmissions, month, 1);
  tally.addGroup(s, cell, G.prisonAdmissions, 1);
  const released = admitted + days; // first day out
  let total = 0;
  for (let m = month; m < horizon.months; m++) {
    const first = horizon.monthStart[m]!;
    const next = horizon.monthStart[m + 1]!;
    if (first >= released) break;
    if (first > admitted) tally.addMonthly(s, M.prisonPopulation, m, 1);
    const inside = Math.min(next, released) - Math.max(first, admitted);
    if (inside > 0) {
      tally.addMonthly(s, M.prisonDays, m, inside);
      total += inside;
    }
  }
  tally.addGroup(s, cell, G.prisonDays, total);
}

function restitutionOwed(person: PersonRecord): number {
  const ordered = person.terms[0]!.restitutionOrderedUsd ?? 0;
  let paid = 0;
  for (const e of person.events ?? []) if (e.type === 'payment' && e.kind === 'restitution') paid += e.amountUsd;
  return Math.max(0, Math.round((ordered - paid) * 100) / 100);
}

function firstAfter(days: readonly Day[], day: Day): Day | null {
  for (const d of days) if (d > day) return d;
  return null;
}

/**
 * Synthetic people in the record format (spec/supervision-records.md), drawn from a state calibration.
 *
 * Two kinds of draw:
 * - the stock: someone on supervision on a given day, with the history they built up to it;
 * - an entrant: someone whose term begins on a given day, with no history yet.
 *
 * The calibration's term-length distributions are lengths as imposed (the flow of new terms). People on
 * supervision on a day over-represent long terms, because a long term is on the books for longer: the
 * stock draws a length with probability proportional to weight × length (length-biased sampling), then
 * places the start uniformly within the term, so time served on the day is uniform over the term. This
 * ignores terms ended early (revocation, early discharge), which shortens no-one in the stock here.
 *
 * The stock's shares (probation vs parole, felony vs misdemeanor) are stock shares in the sources
 * (PPI counts; BJS 1995 survey of probationers), so entrants are drawn with the flow shares that keep
 * them in steady state: a group's entries are proportional to its stock ÷ its mean imposed length.
 *
 * Every draw comes from the stream it is given, in a fixed order, so the same stream key gives the same record.
 */
import {
  addDays,
  addMonths,
  formatIsoDate,
  type Day,
  type PersonRecord,
  type SupervisingAgency,
  type SupervisionEvent,
  type Term,
  type TermKind,
} from '@pathways/law';
import { PRISON_BEFORE_PAROLE, TECHNICAL_KINDS } from '../calibration/national.ts';
import type { LengthDistribution, OffenseChoice, StateCalibration, SynthKind } from '../calibration/state-calibration.ts';
import type { RandomStream } from '../random.ts';

/** Share of the stock on probation: the calibration's own figure, else probation ÷ (probation + parole). */
export function stockProbationShare(cal: StateCalibration): number {
  if (cal.probationShareOfStock !== undefined) return cal.probationShareOfStock.value;
  const p = cal.population.probation.value;
  const q = cal.population.parole.value;
  return p + q > 0 ? p / (p + q) : 1;
}

export function meanMonths(d: LengthDistribution): number {
  let w = 0;
  let s = 0;
  for (const m of d.months) {
    w += m.weight;
    s += m.weight * m.value;
  }
  return s / w;
}

/** Mean length of the terms in the stock (length-biased): E[L²] ÷ E[L]. */
export function stockMeanMonths(d: LengthDistribution): number {
  let s1 = 0;
  let s2 = 0;
  for (const m of d.months) {
    s1 += m.weight * m.value;
    s2 += m.weight * m.value * m.value;
  }
  return s2 / s1;
}

/** The shares entrants are drawn with: the flow that keeps the calibration's stock shares steady. */
export function entrantShares(cal: StateCalibration): { probation: number; felonyOfProbation: number } {
  const f = cal.felonyShareOfProbation.value;
  const meanF = meanMonths(cal.termLength.felonyProbation.value);
  const meanM = meanMonths(cal.termLength.misdemeanorProbation.value);
  const felonyOfProbation = f / meanF / (f / meanF + (1 - f) / meanM);
  const meanProbation = felonyOfProbation * meanF + (1 - felonyOfProbation) * meanM;
  const p = stockProbationShare(cal);
  const meanParole = meanMonths(cal.termLength.parole.value);
  const probation = p === 0 ? 0 : p === 1 ? 1 : p / meanProbation / (p / meanProbation + (1 - p) / meanParole);
  return { probation, felonyOfProbation };
}

interface Drawn {
  kind: SynthKind;
  offense: OffenseChoice;
  months: number;
}

function recordKind(cal: StateCalibration, kind: SynthKind): TermKind {
  return cal.recordKind?.[kind] ?? kind;
}

function agency(cal: StateCalibration, kind: SynthKind, offense: OffenseChoice): SupervisingAgency {
  const a = cal.supervisingAgency;
  if (a === undefined) return 'state';
  if (kind === 'parole') return a.parole;
  return offense.level === 'felony' ? a.felonyProbation : a.misdemeanorProbation;
}

function pickOffense(stream: RandomStream, choices: readonly OffenseChoice[], felony: boolean | undefined): OffenseChoice {
  const pool = felony === undefined ? choices : choices.filter((c) => (c.level === 'felony') === felony);
  if (pool.length === 0) throw new Error(`calibration has no ${felony ? 'felony' : 'misdemeanor'} offenses to draw from`);
  return stream.weighted(pool.map((c) => ({ weight: c.weight, value: c })));
}

function lengthDistribution(cal: StateCalibration, kind: SynthKind, offense: OffenseChoice): LengthDistribution {
  if (kind === 'parole') return cal.termLength.parole.value;
  return offense.level === 'felony' ? cal.termLength.felonyProbation.value : cal.termLength.misdemeanorProbation.value;
}

/** Kind, offense and imposed months. `stock`: shares and lengths as seen on a day; else as they enter. */
function drawTerm(cal: StateCalibration, stream: RandomStream, stock: boolean): Drawn {
  const shares = stock ? { probation: stockProbationShare(cal), felonyOfProbation: cal.felonyShareOfProbation.value } : entrantShares(cal);
  const kind: SynthKind = stream.chance(shares.probation) ? 'probation' : 'parole';
  const offense =
    kind === 'probation'
      ? pickOffense(stream, cal.offenses.probation, stream.chance(shares.felonyOfProbation))
      : pickOffense(stream, cal.offenses.parole, undefined);
  const dist = lengthDistribution(cal, kind, offense);
  const months = stream.weighted(dist.months.map((m) => ({ weight: stock ? m.weight * m.value : m.weight, value: m.value })));
  return { kind, offense, months };
}

function buildTerm(cal: StateCalibration, stream: RandomStream, drawn: Drawn, start: Day): { term: Term; restitution: number | undefined } {
  const { kind, offense, months } = drawn;
  let sentence = start;
  if (kind === 'parole') {
    const p = cal.prisonBeforeParoleMonths?.value ?? PRISON_BEFORE_PAROLE.value;
    sentence = addMonths(start, -stream.integer(p.min, p.max));
  }
  const offenseDate = addDays(sentence, -stream.integer(30, 365));
  const r = cal.restitution;
  const restitution = stream.chance(r.orderedShare.value)
    ? Math.round(stream.integer(r.amountUsd.value.min, r.amountUsd.value.max) / 10) * 10
    : undefined;
  const term: Term = {
    id: 'T-1',
    jurisdiction: cal.jurisdiction,
    kind: recordKind(cal, kind),
    sentenceDate: formatIsoDate(sentence),
    startDate: formatIsoDate(start),
    length: months % 12 === 0 ? { years: months / 12 } : { months },
    supervisingAgency: agency(cal, kind, offense),
    offenses: [
      {
        statute: offense.statute,
        description: offense.description,
        level: offense.level,
        ...(offense.class === undefined ? {} : { class: offense.class }),
        offenseDate: formatIsoDate(offenseDate),
        ...(offense.maxPrisonMonths === undefined ? {} : { maxPrisonMonths: offense.maxPrisonMonths }),
      },
    ],
    ...(restitution === undefined ? {} : { restitutionOrderedUsd: restitution }),
  };
  return { term, restitution };
}

/** A person on supervision on `asOf`, with their history up to the day before. */
export function synthesizeStockPerson(cal: StateCalibration, stream: RandomStream, id: string, asOf: Day): PersonRecord {
  const drawn = drawTerm(cal, stream, true);
  // Start so that the term is running on asOf: asOf ≤ start + length (the term's last day, spec § 3).
  const earliest = addMonths(asOf, -drawn.months);
  let start = asOf - stream.integer(0, Math.max(0, asOf - earliest - 1));
  while (addMonths(start, drawn.months) < asOf) start += 1;
  const { term, restitution } = buildTerm(cal, stream, drawn, start);
  const events = history(cal, stream, start, asOf - 1, drawn.months, restitution);
  return { id, terms: [term], events };
}

/** A person whose term begins on `startDay`; no events yet. */
export function synthesizeEntrant(cal: StateCalibration, stream: RandomStream, id: string, startDay: Day): PersonRecord {
  const drawn = drawTerm(cal, stream, false);
  const { term } = buildTerm(cal, stream, drawn, startDay);
  return { id, terms: [term], events: [] };
}

/**
 * Events from `start` to `last` (inclusive), month by month. The person is still supervised on asOf,
 * so the history is conditioned on no revocation: with monthly hazard h and revocation probability r,
 * a survivor's chance of an unrevoked violation in a month is h(1 − r) ÷ (1 − Σ h r).
 */
function history(
  cal: StateCalibration,
  stream: RandomStream,
  start: Day,
  last: Day,
  months: number,
  restitution: number | undefined,
): SupervisionEvent[] {
  const h = cal.monthlyHazard;
  const r = cal.response;
  const survive = 1 - (h.technical.value * r.revokeTechnical.value + h.absconding.value * r.revokeAbsconding.value);
  const pTechnical = (h.technical.value * (1 - r.revokeTechnical.value)) / survive;
  const pAbsconding = (h.absconding.value * (1 - r.revokeAbsconding.value)) / survive;
  const jail = r.technicalJailDays.value;
  const events: SupervisionEvent[] = [];
  let episode = 0;
  let owed = restitution ?? 0;
  let busyUntil = start - 1; // in jail or absconded until this day: no new violation before it
  for (let m = 0; ; m++) {
    const from = addMonths(start, m);
    if (from > last) break;
    const to = Math.min(addMonths(start, m + 1) - 1, last);
    const span = to - from + 1;
    const full = addMonths(start, m + 1) - from;
    const scale = span / full; // the last month may be partial
    const day = () => from + stream.integer(0, span - 1);
    const date = day();
    if (stream.chance(pAbsconding * scale) && date > busyUntil) {
      episode += 1;
      const end = Math.min(date + stream.integer(7, 90), last);
      events.push({ type: 'violation', date: formatIsoDate(date), category: 'absconding', status: 'sustained', episodeId: `E-${episode}` });
      events.push({ type: 'absconded', start: formatIsoDate(date), end: formatIsoDate(end) });
      busyUntil = end;
    } else if (stream.chance(pTechnical * scale) && date > busyUntil) {
      episode += 1;
      const kind = stream.weighted(TECHNICAL_KINDS);
      const jailed = stream.chance(r.technicalJail.value);
      const days = stream.integer(jail.min, jail.max);
      events.push({
        type: 'violation',
        date: formatIsoDate(date),
        category: 'technical',
        kinds: [kind],
        status: 'sustained',
        episodeId: `E-${episode}`,
        sanction: jailed ? { type: 'jail', days } : { type: 'warning' },
      });
      if (jailed) {
        const end = Math.min(date + days - 1, last);
        events.push({ type: 'custody', start: formatIsoDate(date), end: formatIsoDate(end), reason: 'violation' });
        busyUntil = end;
      }
    }
    if (owed > 0 && stream.chance(cal.restitution.monthlyPayment.value * scale)) {
      // About the monthly instalment that would clear the order over the term, varied ±50%.
      const instalment = (restitution! / months) * (0.5 + stream.next());
      const amount = Math.min(owed, Math.max(10, Math.round(instalment)));
      owed -= amount;
      events.push({ type: 'payment', date: formatIsoDate(day()), amountUsd: amount, kind: 'restitution' });
    }
  }
  return events.sort((a, b) => eventDay(a).localeCompare(eventDay(b)));
}

function eventDay(e: SupervisionEvent): string {
  return e.type === 'custody' || e.type === 'absconded' || e.type === 'employment' ? e.start : e.date;
}

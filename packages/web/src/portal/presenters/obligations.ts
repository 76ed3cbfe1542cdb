/**
 * The Obligations screen's order: what is coming up, soonest first (the next thing to do leads), then
 * everything else (done, missed, cancelled, or past without a result) newest first. An obligation still
 * under way (started, not yet ended) counts as coming up. Ties keep a fixed order by id so the list does
 * not shuffle between loads.
 */
export type ObligationKind = 'appointment' | 'check_in' | 'payment' | 'program';
export type ObligationStatus = 'scheduled' | 'done' | 'missed' | 'cancelled';

export interface Obligation {
  id: number | string;
  kind: ObligationKind | string;
  title: string;
  startsAt: string;
  endsAt: string | null;
  location: string | null;
  amountUsd: number | null;
  status: ObligationStatus | string;
}

export interface RestitutionRow {
  termId: string;
  orderedUsd: number;
  paidUsd: number;
  balanceUsd: number;
}

const byId = (a: Obligation, b: Obligation) => String(a.id).localeCompare(String(b.id), 'en', { numeric: true });

export function orderObligations<T extends Obligation>(obligations: readonly T[], now: Date): { upcoming: T[]; past: T[] } {
  const at = now.getTime();
  const isUpcoming = (o: T) => o.status === 'scheduled' && Date.parse(o.endsAt ?? o.startsAt) >= at;
  const upcoming = obligations.filter(isUpcoming).sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt) || byId(a, b));
  const past = obligations.filter((o) => !isUpcoming(o)).sort((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt) || byId(a, b));
  return { upcoming, past };
}

/** The restitution of every term added up, in whole cents so that $0.10 + $0.20 is $0.30. */
export function restitutionTotals(rows: readonly RestitutionRow[]): { orderedUsd: number; paidUsd: number; balanceUsd: number } {
  const cents = (usd: number) => Math.round(usd * 100);
  const sum = (pick: (r: RestitutionRow) => number) => rows.reduce((total, r) => total + cents(pick(r)), 0) / 100;
  return { orderedUsd: sum((r) => r.orderedUsd), paidUsd: sum((r) => r.paidUsd), balanceUsd: sum((r) => r.balanceUsd) };
}

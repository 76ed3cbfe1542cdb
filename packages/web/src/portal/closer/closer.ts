/**
 * What brings this person's date closer, computed in the browser by the law package itself, by the rules
 * of their own state: a month of following the rules (the record evaluated as of today and as of one month
 * later), paying the restitution still owed, and earning a GED (the workspace's what-if answers,
 * what-if/answer.ts, asked for each term). presenters/closer.ts decides which of these changes the date.
 *
 * Loaded only when Home shows the section: this module brings the engine and the person's jurisdiction
 * chunks (what-if/jurisdictions.ts), which the portal's first load must not carry.
 */
import { addMonths, evaluatePerson, parseIsoDate, type PersonRecord } from '@pathways/law';
import { answerWhatIf, restitutionOwed } from '../../what-if/answer.ts';
import { loadRegistry } from '../../what-if/jurisdictions.ts';
import type { WhatIfQuestion } from '../../what-if/questions.ts';
import { biggest, eventChange, monthlyChange, type CloserItem } from '../presenters/closer.ts';

async function eventItems(record: PersonRecord, question: WhatIfQuestion, today: string, now: Parameters<typeof eventChange>[0]) {
  const candidates = [];
  for (const term of record.terms) {
    const answer = await answerWhatIf(record, { question, termId: term.id, today });
    if (!answer.applies) continue;
    const change = eventChange(now, term.id, answer.after.projectedEndDate);
    if (change) candidates.push({ ...change, termId: term.id });
  }
  return biggest(candidates);
}

export async function whatBringsItCloser(record: PersonRecord, today: string): Promise<CloserItem[]> {
  const registry = await loadRegistry(record.terms.map((t) => t.jurisdiction));
  const asOf = parseIsoDate(today);
  const now = evaluatePerson(registry, record, asOf);
  const monthLater = evaluatePerson(registry, record, addMonths(asOf, 1));
  const items: CloserItem[] = [];
  const monthly = monthlyChange(now, monthLater);
  if (monthly) items.push(monthly);
  const paid = await eventItems(record, 'restitution_paid', today, now);
  if (paid) {
    const amountUsd = restitutionOwed(record, paid.termId, today, registry);
    items.push({ kind: 'restitution', amountUsd, daysSooner: paid.daysSooner, dateAfter: paid.dateAfter });
  }
  const ged = await eventItems(record, 'ged_earned', today, now);
  if (ged) items.push({ kind: 'ged', daysSooner: ged.daysSooner, dateAfter: ged.dateAfter });
  return items;
}

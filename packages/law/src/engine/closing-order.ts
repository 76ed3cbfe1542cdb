/**
 * The order that ended a term, as the record tells it: the engine stops the term on it, and a rule that
 * must not act on a term already ended (tolling, for one) asks the same question here.
 */
import { formatLongDate, type Day } from '../dates/calendar.ts';
import type { Term } from '../records/schema.ts';
import type { Jurisdiction } from './jurisdiction.ts';
import type { OrderFacts } from './term-facts.ts';

/**
 * Who revokes and reinstates, and what a revocation leads to: a court for probation and supervised
 * release, the parole board for parole and conditional release (in the states covered; a court is named
 * only where one acts).
 */
export const REVOKED_BY: Record<Term['kind'], { who: string; next: string }> = {
  probation: { who: 'the court', next: 'the court may now sentence you on this case' },
  supervised_release: { who: 'the court', next: 'the court may now send you to prison for all or part of the term the law allows' },
  parole: { who: 'the parole board', next: 'you may be sent back to prison' },
  conditional_release: { who: 'the parole board', next: 'you may be sent back to prison' },
};

/** An order that ended the term: its day, its type, and how it is told. */
export interface ClosingOrder {
  day: Day;
  type: 'discharge' | 'early_termination' | 'revocation';
  /** The order, and that supervision on the term ended with it. */
  text: string;
  /** The order alone, for a term whose supervision the law's cap had already ended. */
  event: string;
}

/** Who revoked on `day` and what follows, for this kind of term: the jurisdiction's own words, else `REVOKED_BY`'s. */
export function revokedBy(
  jurisdiction: Pick<Jurisdiction, 'revocationWords'>,
  kind: Term['kind'],
  day: Day,
): { who: string; next: string } {
  return jurisdiction.revocationWords?.(kind, day) ?? REVOKED_BY[kind];
}

/** Where no jurisdiction is given: `REVOKED_BY`'s words. */
const NO_WORDS_OF_ITS_OWN: Pick<Jurisdiction, 'revocationWords'> = {};

/**
 * The order that ended the term, if any: the last discharge or early termination, or a revocation not
 * later reinstated. The jurisdiction's words say who revoked and what follows (`revokedBy`).
 */
export function closingOrder(
  orders: readonly OrderFacts[],
  kind: Term['kind'],
  jurisdiction: Pick<Jurisdiction, 'revocationWords'> = NO_WORDS_OF_ITS_OWN,
): ClosingOrder | undefined {
  let closing: ClosingOrder | undefined;
  for (const order of orders) {
    switch (order.type) {
      case 'discharge':
      case 'early_termination': {
        const event = `On ${formatLongDate(order.day)} ${order.type === 'discharge' ? 'the term was discharged' : 'this term was ended early'}`;
        closing = {
          day: order.day,
          type: order.type,
          text: `${event}, so your supervision on this term ended that day.`,
          event: `${event}.`,
        };
        break;
      }
      case 'revocation': {
        const event = `On ${formatLongDate(order.day)} this term was revoked`;
        const notDischarge = `A revocation is not a discharge: ${revokedBy(jurisdiction, kind, order.day).next}, and the dates shown here describe the term as it stood. Talk to your lawyer.`;
        closing = {
          day: order.day,
          type: 'revocation',
          text: `${event}, so supervision on it ended that day. ${notDischarge}`,
          event: `${event}. ${notDischarge}`,
        };
        break;
      }
      case 'reinstatement':
        if (closing?.type === 'revocation') closing = undefined;
        break;
      default:
        break;
    }
  }
  return closing;
}

/**
 * The person's timeline: each term as a span (start to projected end, or scheduled end), and the record's
 * events by date, in lanes the chart draws and the text alternative lists. Spans still open (custody or
 * absconding with no end) run to today.
 */
import type { PersonRecord, RecordEvent, TermEvaluation } from '../api/types.ts';

export type Lane = 'Term' | 'Violation' | 'Sanction' | 'Payment' | 'Achievement' | 'Custody' | 'Absconding';
export const LANES: readonly Lane[] = ['Term', 'Violation', 'Sanction', 'Payment', 'Achievement', 'Custody', 'Absconding'];

export interface TimelineItem {
  lane: Lane;
  start: string;
  /** Set for spans (terms, custody, absconding); a point event has none. */
  end: string | null;
  label: string;
}

const words = (s: string | undefined) => (s ?? '').replace(/_/g, ' ');

function eventItems(event: RecordEvent, today: string): TimelineItem[] {
  switch (event.type) {
    case 'violation': {
      if (!event.date) return [];
      const items: TimelineItem[] = [
        { lane: 'Violation', start: event.date, end: null, label: `${words(event.category)} violation (${words(event.status)})`.trim() },
      ];
      if (event.sanction) {
        const days = event.sanction.days ? `, ${event.sanction.days} days` : '';
        items.push({ lane: 'Sanction', start: event.date, end: null, label: `sanction: ${words(event.sanction.type)}${days}` });
      }
      return items;
    }
    case 'payment':
      return event.date
        ? [{ lane: 'Payment', start: event.date, end: null, label: `payment of $${event.amountUsd ?? 0} (${words(event.kind)})` }]
        : [];
    case 'achievement':
      return event.date ? [{ lane: 'Achievement', start: event.date, end: null, label: words(event.kind) || 'achievement' }] : [];
    case 'custody':
      return event.start
        ? [
            {
              lane: 'Custody',
              start: event.start,
              end: event.end ?? today,
              label: `custody (${words(event.reason)})${event.end ? '' : ', ongoing'}`,
            },
          ]
        : [];
    case 'absconded':
      return event.start
        ? [{ lane: 'Absconding', start: event.start, end: event.end ?? today, label: `absconded${event.end ? '' : ', ongoing'}` }]
        : [];
    default:
      return [];
  }
}

export function timelineItems(record: PersonRecord, evaluations: readonly TermEvaluation[], today: string): TimelineItem[] {
  const items: TimelineItem[] = [];
  for (const term of record.terms) {
    const evaluation = evaluations.find((e) => e.termId === term.id);
    const end = evaluation?.projectedEndDate ?? evaluation?.scheduledEndDate ?? term.endDate ?? null;
    items.push({
      lane: 'Term',
      start: term.startDate,
      end: end ?? today,
      label: `term ${term.id} (${words(term.kind)}), ${term.startDate} to ${end ?? 'no end date'}`,
    });
  }
  for (const event of record.events ?? []) items.push(...eventItems(event, today));
  return items.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : LANES.indexOf(a.lane) - LANES.indexOf(b.lane)));
}

/**
 * One person: terms, each term's evaluation (projected end, opportunities, explanation with citations,
 * warnings) and the timeline. The read is audited by the server; the reason sent is "caseload review".
 */
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-aria-components';
import { api } from '../api/client.ts';
import type { PersonDetail, Term, TermEvaluation } from '../api/types.ts';
import { displayName } from '../presenters/caseload.ts';
import { localToday } from '../presenters/dates.ts';
import { opportunityStatus } from '../presenters/opportunity-status.ts';
import { timelineItems } from '../presenters/timeline.ts';
import { usePageTitle } from '../usePageTitle.ts';
import { StatusChip } from './StatusChip.tsx';
import { Timeline } from './Timeline.tsx';

export const ACCESS_REASON = 'caseload review';

const words = (s: string) => s.replace(/_/g, ' ');

function length(term: Term): string {
  if (term.lifetime) return 'lifetime';
  if (term.endDate) return `until ${term.endDate}`;
  const l = term.length ?? {};
  return (
    [l.years && `${l.years} years`, l.months && `${l.months} months`, l.days && `${l.days} days`].filter(Boolean).join(' ') ||
    'unknown length'
  );
}

function Citations({ citations }: { citations: string[] }) {
  if (!citations.length) return null;
  return (
    <span className="citations">
      {citations.map((c) => (
        <cite key={c}>{c}</cite>
      ))}
    </span>
  );
}

function TermSection({ term, evaluation, today }: { term: Term; evaluation: TermEvaluation | undefined; today: string }) {
  return (
    <section className="card" aria-labelledby={`term-${term.id}`}>
      <h2 id={`term-${term.id}`}>
        Term {term.id}: {words(term.kind)}, {term.jurisdiction}
      </h2>
      <dl className="facts">
        <dt>Started</dt>
        <dd>{term.startDate}</dd>
        <dt>As imposed</dt>
        <dd>{length(term)}</dd>
        <dt>Offenses</dt>
        <dd>{term.offenses.map((o) => `${o.statute}${o.description ? ` (${o.description})` : ''}, ${o.level}`).join('; ')}</dd>
        {evaluation && (
          <>
            <dt>Scheduled end</dt>
            <dd>{evaluation.scheduledEndDate ?? '—'}</dd>
            <dt>Projected end</dt>
            <dd>
              <strong>{evaluation.projectedEndDate ?? '—'}</strong>
            </dd>
            <dt>Earned credit</dt>
            <dd>{evaluation.earnedCreditDays} days</dd>
            <dt>Evaluated as of</dt>
            <dd>{evaluation.asOf}</dd>
          </>
        )}
      </dl>
      {!evaluation ? (
        <p>No evaluation is stored for this term yet.</p>
      ) : (
        <>
          <h3>Opportunities</h3>
          {evaluation.opportunities.length === 0 ? (
            <p>The law offers no opportunity on this term.</p>
          ) : (
            <table className="plain">
              <thead>
                <tr>
                  <th scope="col">Kind</th>
                  <th scope="col">Status</th>
                  <th scope="col">Date</th>
                  <th scope="col">Basis</th>
                </tr>
              </thead>
              <tbody>
                {evaluation.opportunities.map((o, n) => (
                  <tr key={n}>
                    <th scope="row">{words(o.kind)}</th>
                    <td>
                      <StatusChip status={opportunityStatus(o, today)} />
                    </td>
                    <td>{o.date ?? '—'}</td>
                    <td>
                      <Citations citations={o.citations} />
                      {o.reasons.length > 0 && <span className="reasons">{o.reasons.join(' ')}</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h3>Explanation</h3>
          <ol className="explanation">
            {evaluation.explanation.map((step, n) => (
              <li key={n}>
                {step.text} <Citations citations={step.citations} />
              </li>
            ))}
          </ol>
          {evaluation.warnings.length > 0 && (
            <>
              <h3>Warnings</h3>
              <ul className="warnings">
                {evaluation.warnings.map((w, n) => (
                  <li key={n}>{w}</li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}

export function PersonPage({ personId }: { personId: string }) {
  const [detail, setDetail] = useState<PersonDetail | null>(null);
  const [error, setError] = useState('');
  const today = localToday();
  const name = detail ? displayName(detail.person.record.name, detail.person.id) : personId;
  usePageTitle(detail ? name : 'Person');

  useEffect(() => {
    setDetail(null);
    setError('');
    api<PersonDetail>(`/api/people/${encodeURIComponent(personId)}`, { reason: ACCESS_REASON }).then(setDetail, (e: Error) =>
      setError(e.message),
    );
  }, [personId]);

  const evaluations = useMemo(() => detail?.evaluations.map((e) => e.evaluation) ?? [], [detail]);
  const items = useMemo(() => (detail ? timelineItems(detail.person.record, evaluations, today) : []), [detail, evaluations, today]);

  return (
    <>
      <p className="back">
        <Link href="/">← Caseload</Link>
      </p>
      <h1 tabIndex={-1}>{name}</h1>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      {!detail && !error && <p role="status">Loading the record…</p>}
      {detail && (
        <>
          <p className="meta">
            {detail.person.id} · record updated {detail.person.updatedAt.slice(0, 10)} · this view is recorded in the audit log (reason:{' '}
            {ACCESS_REASON})
          </p>
          <section aria-labelledby="timeline-title">
            <h2 id="timeline-title">Timeline</h2>
            <Timeline items={items} today={today} />
          </section>
          {detail.person.record.terms.map((term) => (
            <TermSection key={term.id} term={term} evaluation={evaluations.find((e) => e.termId === term.id)} today={today} />
          ))}
        </>
      )}
    </>
  );
}

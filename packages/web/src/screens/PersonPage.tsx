/**
 * One person: terms, each term's evaluation (projected end, opportunities, explanation with citations,
 * warnings) and the timeline. The read is audited by the server; the reason sent is "caseload review".
 * Staff act on it here (components in ./person): each opportunity's latest action and the next ones, the
 * checklist of what the data cannot show, the documents that apply, what-if questions answered in the
 * browser, notes, messages with the person (their portal), a one-time sign-in link to that portal, and
 * recording a violation. After any change the person is read again, so the page shows the server's new
 * state, never a guess.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link } from 'react-aria-components';
import { api, ApiError } from '../api/client.ts';
import type { Checklist, OpportunityAction, PersonDetail, PersonRecord, Term, TermDocuments, TermEvaluation } from '../api/types.ts';
import { latestActions, latestFor } from '../presenters/actions.ts';
import { displayName } from '../presenters/caseload.ts';
import { localToday } from '../presenters/dates.ts';
import { chipStatus } from '../presenters/opportunity-status.ts';
import { capabilities, type Capabilities } from '../presenters/roles.ts';
import { timelineItems } from '../presenters/timeline.ts';
import { usePageTitle } from '../usePageTitle.ts';
import { StatusChip } from './StatusChip.tsx';
import { Timeline } from './Timeline.tsx';
import { ChecklistSection } from './person/ChecklistSection.tsx';
import { DocumentsSection } from './person/DocumentsSection.tsx';
import { MessagesSection } from './person/MessagesSection.tsx';
import { NotesSection } from './person/NotesSection.tsx';
import { OpportunityActions } from './person/OpportunityActions.tsx';
import { Citations } from './person/Citations.tsx';
import { PortalLinkButton } from './person/PortalLinkButton.tsx';
import { PortalProfileSection } from './person/PortalProfileSection.tsx';
import { ViolationForm } from './person/ViolationForm.tsx';
import { WhatIfSection } from './person/WhatIfSection.tsx';

export const ACCESS_REASON = 'caseload review';

const words = (s: string) => s.replace(/_/g, ' ');

function length(term: Term): string {
  if (term.lifetime) return 'lifetime';
  if (term.endDate) return `until ${term.endDate}`;
  const l = term.length ?? {};
  const count = (n: number | undefined, unit: string) => (n ? `${n} ${unit}${n === 1 ? '' : 's'}` : undefined);
  return [count(l.years, 'year'), count(l.months, 'month'), count(l.days, 'day')].filter(Boolean).join(' ') || 'unknown length';
}

interface TermActs {
  personId: string;
  record: PersonRecord;
  can: Capabilities;
  latest: Map<string, OpportunityAction>;
  checklists: Checklist[];
  /** Undefined when the role may not list documents, or they have not arrived. */
  documents: TermDocuments[] | undefined;
  onChanged: () => void;
}

function TermSection({
  term,
  evaluation,
  today,
  acts,
}: {
  term: Term;
  evaluation: TermEvaluation | undefined;
  today: string;
  acts: TermActs;
}) {
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
            <div className="table-wrap">
              <table className="plain stack-narrow">
                <thead>
                  <tr>
                    <th scope="col">Kind</th>
                    <th scope="col">Status</th>
                    <th scope="col">Date</th>
                    <th scope="col">Basis</th>
                    <th scope="col">Action</th>
                  </tr>
                </thead>
                <tbody>
                  {evaluation.opportunities.map((o, n) => (
                    <tr key={n}>
                      <th scope="row">{words(o.kind)}</th>
                      <td data-label="Status">
                        <StatusChip status={chipStatus(o, latestFor(acts.latest, term.id, o.kind), today)} />
                      </td>
                      <td data-label="Date">{o.date ?? '—'}</td>
                      <td data-label="Basis">
                        <Citations citations={o.citations} jurisdiction={term.jurisdiction} />
                        {o.reasons.length > 0 && <span className="reasons">{o.reasons.join(' ')}</span>}
                      </td>
                      <td data-label="Action">
                        <OpportunityActions
                          personId={acts.personId}
                          termId={term.id}
                          kind={o.kind}
                          action={latestFor(acts.latest, term.id, o.kind)}
                          can={acts.can}
                          today={today}
                          onChanged={acts.onChanged}
                        />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <ChecklistSection
            personId={acts.personId}
            checklists={acts.checklists.filter((c) => c.termId === term.id)}
            canVerify={acts.can.verify}
            onChanged={acts.onChanged}
          />
          {acts.can.documents && acts.documents && (
            <DocumentsSection
              personId={acts.personId}
              termId={term.id}
              docs={acts.documents.find((d) => d.termId === term.id)}
              evaluation={evaluation}
            />
          )}
          <h3>Explanation</h3>
          <ol className="explanation">
            {evaluation.explanation.map((step, n) => (
              <li key={n}>
                {step.text} <Citations citations={step.citations} jurisdiction={term.jurisdiction} />
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
          <WhatIfSection record={acts.record} termId={term.id} jurisdiction={term.jurisdiction} today={today} />
        </>
      )}
    </section>
  );
}

/** A failed read in words: an address no id can have (longer than the API takes) is answered 400 in the schema's words. */
function readError(e: Error): string {
  return e instanceof ApiError && e.status === 400 ? 'No person has this id.' : e.message;
}

export function PersonPage({ personId, role }: { personId: string; role: string }) {
  const [detail, setDetail] = useState<PersonDetail | null>(null);
  const [checklists, setChecklists] = useState<Checklist[]>([]);
  const [documents, setDocuments] = useState<TermDocuments[] | undefined>(undefined);
  const [error, setError] = useState('');
  const [loads, setLoads] = useState(0);
  const today = localToday();
  const can = useMemo(() => capabilities(role), [role]);
  const name = detail ? displayName(detail.person.record.name, detail.person.id) : personId;
  usePageTitle(detail ? name : 'Person');

  useEffect(() => {
    setDetail(null);
    setChecklists([]);
    setDocuments(undefined);
    setError('');
  }, [personId]);

  // A reload keeps the page as it is until the new state arrives (focus and announcements stay put).
  useEffect(() => {
    let current = true;
    const path = `/api/people/${encodeURIComponent(personId)}`;
    api<PersonDetail>(path, { reason: ACCESS_REASON }).then(
      (d) => current && setDetail(d),
      (e: Error) => current && setError(readError(e)),
    );
    api<{ checklists: Checklist[] }>(`${path}/checklists`).then(
      (c) => current && setChecklists(c.checklists),
      (e: Error) => current && setError(readError(e)),
    );
    if (can.documents) {
      api<{ terms: TermDocuments[] }>(`${path}/documents`).then(
        (d) => current && setDocuments(d.terms),
        (e: Error) => current && setError(readError(e)),
      );
    }
    return () => {
      current = false;
    };
  }, [personId, can.documents, loads]);

  const reload = useCallback(() => setLoads((n) => n + 1), []);
  const evaluations = useMemo(() => detail?.evaluations.map((e) => e.evaluation) ?? [], [detail]);
  const items = useMemo(() => (detail ? timelineItems(detail.person.record, evaluations, today) : []), [detail, evaluations, today]);
  const latest = useMemo(() => latestActions(detail?.actions ?? []), [detail]);

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
            <TermSection
              key={term.id}
              term={term}
              evaluation={evaluations.find((e) => e.termId === term.id)}
              today={today}
              acts={{ personId: detail.person.id, record: detail.person.record, can, latest, checklists, documents, onChanged: reload }}
            />
          ))}
          {can.notes && <NotesSection personId={detail.person.id} canWrite={can.writeNotes} />}
          {can.messages && <MessagesSection personId={detail.person.id} personName={name} />}
          {can.portalLink && <PortalLinkButton personId={detail.person.id} personName={name} />}
          {/* A plain link: recording a story is voices.html, another page (issue 9). */}
          {can.portalLink && (
            <p>
              <a href={`/voices/record/${encodeURIComponent(detail.person.id)}`}>Record a story with {name}</a>
            </p>
          )}
          {can.portalProfile && <PortalProfileSection personId={detail.person.id} />}
          {can.recordViolation && (
            <ViolationForm
              personId={detail.person.id}
              terms={detail.person.record.terms}
              today={today}
              revision={detail.person.updatedAt}
              onRecorded={reload}
            />
          )}
        </>
      )}
    </>
  );
}

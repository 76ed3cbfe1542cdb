/**
 * The opportunity queue: one tab per opportunity kind; in each, the people eligible now and those almost
 * eligible (a date within 30 days, or one missing fact such as a restitution balance), from the summaries
 * of the whole scope (presenters/queue.ts). Reasons and citations are not in the summaries: opening a
 * row reads that person's record (GET /api/people/:id, audited with the reason "opportunity queue").
 *
 * The tab is the one the address names (/queue/early_termination: the user's choice); at /queue the
 * screen opens on the first tab with anyone in it (openingKind).
 */
import { useMemo, useState } from 'react';
import { Button, Link, Tab, TabList, TabPanel, Tabs, type Key } from 'react-aria-components';
import { api } from '../api/client.ts';
import type { Opportunity, PersonDetail } from '../api/types.ts';
import { localToday } from '../presenters/dates.ts';
import { KIND_LABEL, OPPORTUNITY_KINDS, type OpportunityKind } from '../presenters/kinds.ts';
import { actionNote, ALMOST_DAYS, buildQueue, openingKind, whenText, type QueueRow } from '../presenters/queue.ts';
import { navigate, personPath, queuePath } from '../router.ts';
import { usePageTitle } from '../usePageTitle.ts';
import { useScopePeople } from './useScopePeople.ts';

export const QUEUE_ACCESS_REASON = 'opportunity queue';

type Basis = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; opportunities: Opportunity[] };

function Basis({ basis }: { basis: Basis | undefined }) {
  if (!basis || basis.state === 'loading') return <p role="status">Reading the record…</p>;
  if (basis.state === 'error')
    return (
      <p role="alert" className="error-text">
        {basis.message}
      </p>
    );
  if (basis.opportunities.length === 0) return <p>The stored evaluation no longer lists this opportunity.</p>;
  return (
    <ul className="basis">
      {basis.opportunities.map((o, n) => (
        <li key={n}>
          <span className="citations">
            {o.citations.map((c) => (
              <cite key={c}>{c}</cite>
            ))}
          </span>
          {o.reasons.length > 0 && <span className="reasons">{o.reasons.join(' ')}</span>}
        </li>
      ))}
    </ul>
  );
}

function QueueList({
  rows,
  label,
  today,
  expanded,
  bases,
  onToggle,
}: {
  rows: QueueRow[];
  label: string;
  today: string;
  expanded: ReadonlySet<string>;
  bases: ReadonlyMap<string, Basis>;
  onToggle: (row: QueueRow) => void;
}) {
  if (rows.length === 0) return <p>No one.</p>;
  return (
    <ul className="queue-list" aria-label={label}>
      {rows.map((row) => {
        const open = expanded.has(row.key);
        const panelId = `basis-${row.kind}-${row.personId}-${row.termId}`.replace(/[^\w-]/g, '_');
        return (
          <li key={row.key} className="queue-row">
            <div className="queue-line">
              <Link href={personPath(row.personId)}>{row.name}</Link>
              <span className="meta">
                {row.personId !== row.name ? `${row.personId} · ` : ''}term {row.termId}, {row.jurisdiction}
              </span>
              <span>{whenText(row)}</span>
              {row.action && <span className="action-state">{actionNote(row, today)}</span>}
              <Button onPress={() => onToggle(row)} aria-expanded={open} aria-controls={open ? panelId : undefined} className="link-button">
                {open ? 'Hide' : 'Show'} reasons and citations
              </Button>
            </div>
            {open && (
              <div id={panelId} className="queue-basis">
                <Basis basis={bases.get(row.key)} />
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}

export function Queue({ kind }: { kind: OpportunityKind | null }) {
  const scope = useScopePeople();
  const today = localToday();
  const queue = useMemo(() => (scope.state === 'ready' ? buildQueue(scope.people, today) : null), [scope, today]);
  const shown = kind ?? (queue ? openingKind(queue) : null);
  usePageTitle(shown ? `Queue: ${KIND_LABEL[shown]}` : 'Opportunity queue');
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [bases, setBases] = useState<ReadonlyMap<string, Basis>>(new Map());
  // One read per person however many rows of theirs are opened; kept for the life of the screen.
  const [records, setRecords] = useState<ReadonlyMap<string, Promise<PersonDetail>>>(new Map());

  function toggle(row: QueueRow) {
    const next = new Set(expanded);
    if (next.delete(row.key)) return setExpanded(next);
    next.add(row.key);
    setExpanded(next);
    const basisKey = row.key;
    if (bases.get(basisKey)?.state === 'ready') return;
    setBases((b) => new Map(b).set(basisKey, { state: 'loading' }));
    let record = records.get(row.personId);
    if (!record) {
      record = api<PersonDetail>(`/api/people/${encodeURIComponent(row.personId)}`, { reason: QUEUE_ACCESS_REASON });
      const stored = record;
      setRecords((r) => new Map(r).set(row.personId, stored));
    }
    record.then(
      (detail) => {
        const evaluation = detail.evaluations.find((e) => e.termId === row.termId)?.evaluation;
        const opportunities = (evaluation?.opportunities ?? []).filter((o) => o.kind === row.kind && o.status !== 'ineligible');
        setBases((b) => new Map(b).set(basisKey, { state: 'ready', opportunities }));
      },
      (e: Error) => {
        // A failed read is not kept, so opening the row again tries again.
        setRecords((r) => {
          const next = new Map(r);
          next.delete(row.personId);
          return next;
        });
        setBases((b) => new Map(b).set(basisKey, { state: 'error', message: e.message }));
      },
    );
  }

  return (
    <>
      <h1 tabIndex={-1}>Opportunity queue</h1>
      <p className="meta">
        Everyone in your scope who is eligible now, or almost eligible: an opportunity whose date is within {ALMOST_DAYS} days, or that one
        missing fact (a restitution balance, a proof) holds back. An opportunity already granted, denied or snoozed is listed apart, under
        “Acted on”. Opening a row reads that person’s record for its reasons and citations; the read is recorded in the audit log (reason:{' '}
        {QUEUE_ACCESS_REASON}
        ).
      </p>
      {scope.state === 'error' && (
        <p role="alert" className="error-text">
          {scope.message}
        </p>
      )}
      {scope.state === 'loading' && <p role="status">Loading your scope{scope.loaded ? ` (${scope.loaded} people so far)` : ''}…</p>}
      {queue && shown && (
        <Tabs selectedKey={shown} onSelectionChange={(key: Key) => navigate(queuePath(key as OpportunityKind))} className="tabs">
          <TabList aria-label="Opportunity kinds">
            {OPPORTUNITY_KINDS.map((k) => (
              <Tab key={k} id={k}>
                {KIND_LABEL[k]} <span className="tab-count">{queue[k].eligible.length}</span>
              </Tab>
            ))}
          </TabList>
          {OPPORTUNITY_KINDS.map((k) => (
            <TabPanel key={k} id={k}>
              <h2>Eligible now ({queue[k].eligible.length})</h2>
              <QueueList
                rows={queue[k].eligible}
                label={`${KIND_LABEL[k]}: eligible now`}
                today={today}
                expanded={expanded}
                bases={bases}
                onToggle={toggle}
              />
              <h2>
                Almost eligible: within {ALMOST_DAYS} days or one fact away ({queue[k].almost.length})
              </h2>
              <QueueList
                rows={queue[k].almost}
                label={`${KIND_LABEL[k]}: almost eligible`}
                today={today}
                expanded={expanded}
                bases={bases}
                onToggle={toggle}
              />
              {queue[k].actedOn.length > 0 && (
                <details className="acted-on">
                  <summary>
                    <h2>Acted on: granted, denied or snoozed ({queue[k].actedOn.length})</h2>
                  </summary>
                  <QueueList
                    rows={queue[k].actedOn}
                    label={`${KIND_LABEL[k]}: acted on`}
                    today={today}
                    expanded={expanded}
                    bases={bases}
                    onToggle={toggle}
                  />
                </details>
              )}
            </TabPanel>
          ))}
        </Tabs>
      )}
    </>
  );
}

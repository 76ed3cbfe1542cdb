/**
 * The supervisor's view of their scope (the unit's caseloads; an admin's agency): totals, people past
 * their lawful end date (the goal is zero), how long eligible opportunities have stood open, all from the
 * caseload summaries (presenters/unit.ts); and outcomes by officer, age band or jurisdiction from
 * GET /api/unit/outcomes, to surface disparities. The gap the data leaves (no race, ethnicity or sex in
 * the record format) is stated on the page.
 */
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-aria-components';
import { api } from '../api/client.ts';
import type { UnitOutcomes } from '../api/types.ts';
import { localToday } from '../presenters/dates.ts';
import { KIND_LABEL, OPPORTUNITY_KINDS } from '../presenters/kinds.ts';
import {
  byJurisdiction,
  isOutcomeGrouping,
  OUTCOME_GROUPINGS,
  opportunityAges,
  outcomeTable,
  pastLawfulEnd,
  unitTotals,
  type GroupRow,
  type OpportunityAges,
  type OutcomeGrouping,
} from '../presenters/unit.ts';
import { personPath, queuePath } from '../router.ts';
import { usePageTitle } from '../usePageTitle.ts';
import { Choice } from './Choice.tsx';
import { ScrollRegion } from './ScrollRegion.tsx';
import { useScopePeople } from './useScopePeople.ts';

/** A horizontal bar chart in plain SVG: one image whose text alternative is the table beside it. */
function AgeChart({ ages }: { ages: OpportunityAges }) {
  const max = Math.max(1, ...ages.buckets.map((b) => b.count));
  const bar = 26;
  const gap = 10;
  const labelWidth = 110;
  const width = 420;
  const height = ages.buckets.length * (bar + gap);
  const summary = ages.buckets.map((b) => `${b.bucket}: ${b.count}`).join('; ');
  return (
    <svg className="age-chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`Open opportunities by age. ${summary}.`}>
      {ages.buckets.map((b, n) => {
        const y = n * (bar + gap);
        const w = ((width - labelWidth - 50) * b.count) / max;
        return (
          <g key={b.bucket}>
            <text x={labelWidth - 8} y={y + bar / 2} textAnchor="end" dominantBaseline="middle">
              {b.bucket}
            </text>
            <rect x={labelWidth} y={y} width={Math.max(w, b.count ? 2 : 0)} height={bar} className={`age-bar age-bar-${n}`} />
            <text x={labelWidth + w + 6} y={y + bar / 2} dominantBaseline="middle">
              {b.count}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

type OutcomesState = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; outcomes: UnitOutcomes };

/** GET /api/unit/outcomes, once per visit: the server counts the whole scope in one answer. */
function useUnitOutcomes(): OutcomesState {
  const [result, setResult] = useState<OutcomesState>({ state: 'loading' });
  useEffect(() => {
    let cancelled = false;
    api<UnitOutcomes>('/api/unit/outcomes').then(
      (outcomes) => !cancelled && setResult({ state: 'ready', outcomes }),
      (e: unknown) => !cancelled && setResult({ state: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      cancelled = true;
    };
  }, []);
  return result;
}

/** Outcomes by the chosen grouping: a row per group, with the grant rate (and, by jurisdiction, the law's blocked terms). */
function OutcomesByGroup({ loaded, standing }: { loaded: OutcomesState; standing: readonly GroupRow[] }) {
  const [grouping, setGrouping] = useState<OutcomeGrouping>('officer');
  const label = OUTCOME_GROUPINGS.find((g) => g.id === grouping)!.text;
  const rows = loaded.state === 'ready' ? outcomeTable(loaded.outcomes, grouping, standing) : [];
  return (
    <section aria-labelledby="groups-title" className="card">
      <h2 id="groups-title">Outcomes by group</h2>
      <p>
        Each opportunity counts once per term and kind. Submitted, granted and denied are by the latest action recorded (a denial the
        supervisor upheld is denied; one reopened is open again). Grant rate is granted ÷ (granted + denied). Compare the rows: a group
        whose eligible people are submitted or granted less often than others is a disparity to look into.
      </p>
      <p className="gap">
        Beyond the birth date the records carry no demographic fields: the record format has no race, ethnicity or sex, so disparities along
        those lines cannot be measured here, only by age.
      </p>
      {loaded.state === 'error' && (
        <p role="alert" className="error-text">
          {loaded.message}
        </p>
      )}
      {loaded.state === 'loading' && <p role="status">Counting outcomes…</p>}
      {loaded.state === 'ready' && (
        <>
          <Choice
            label="Group by"
            value={grouping}
            options={OUTCOME_GROUPINGS}
            onChange={(value) => isOutcomeGrouping(value) && setGrouping(value)}
          />
          <p className="meta">As of {loaded.outcomes.asOf}. Exact counts, small groups included: this page is for staff only.</p>
          {rows.length === 0 ? (
            <p>No one in your scope.</p>
          ) : (
            <ScrollRegion label="Counts per group (table)">
              <table className="plain">
                <thead>
                  <tr>
                    <th scope="col">{label}</th>
                    <th scope="col">People</th>
                    <th scope="col">Terms</th>
                    <th scope="col">Eligible now</th>
                    <th scope="col">Submitted</th>
                    <th scope="col">Granted</th>
                    <th scope="col">Denied</th>
                    <th scope="col">Grant rate</th>
                    <th scope="col">Past the lawful end</th>
                    {grouping === 'jurisdiction' && <th scope="col">Every opportunity blocked</th>}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.group}>
                      <th scope="row">{r.group}</th>
                      <td>{r.people}</td>
                      <td>{r.terms}</td>
                      <td>{r.eligibleNow}</td>
                      <td>{r.submitted}</td>
                      <td>{r.granted}</td>
                      <td>{r.denied}</td>
                      <td>{r.grantRate}</td>
                      <td>{r.pastLawfulEnd}</td>
                      {r.allBlocked !== null && <td>{r.allBlocked}</td>}
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          )}
        </>
      )}
    </section>
  );
}

export function Unit() {
  usePageTitle('Unit');
  const scope = useScopePeople();
  // Asked for at once, beside the summaries' pages, not after them.
  const outcomes = useUnitOutcomes();
  const today = localToday();
  const view = useMemo(() => {
    if (scope.state !== 'ready') return null;
    const people = scope.people;
    return {
      totals: unitTotals(people, today),
      pastEnd: pastLawfulEnd(people, today),
      ages: opportunityAges(people, today),
      groups: byJurisdiction(people, today),
    };
  }, [scope, today]);

  return (
    <>
      <h1 tabIndex={-1}>Unit</h1>
      {scope.state === 'error' && (
        <p role="alert" className="error-text">
          {scope.message}
        </p>
      )}
      {scope.state === 'loading' && <p role="status">Loading your scope{scope.loaded ? ` (${scope.loaded} people so far)` : ''}…</p>}
      {view && (
        <>
          <section aria-labelledby="totals-title" className="card">
            <h2 id="totals-title">Totals</h2>
            <dl className="totals">
              <div>
                <dt>People</dt>
                <dd>{view.totals.people}</dd>
              </div>
              <div>
                <dt>Terms</dt>
                <dd>{view.totals.terms}</dd>
              </div>
              {OPPORTUNITY_KINDS.map((k) => (
                <div key={k}>
                  <dt>
                    <Link href={queuePath(k)}>{KIND_LABEL[k]}</Link>, eligible now
                  </dt>
                  <dd>{view.totals.eligibleByKind[k]}</dd>
                </div>
              ))}
              <div>
                <dt>Opening within 30 days</dt>
                <dd>{view.totals.upcomingWithin30}</dd>
              </div>
              <div>
                <dt>Opening within 90 days</dt>
                <dd>{view.totals.upcomingWithin90}</dd>
              </div>
            </dl>
            <p className="meta">A term counts once per opportunity kind, however many legal bases it has.</p>
          </section>

          <section aria-labelledby="past-end-title" className="card">
            <h2 id="past-end-title">Past their lawful end date: {view.pastEnd.length}</h2>
            <p>
              The goal is zero: a term whose projected end date has passed while the person is still on the list is supervision the law no
              longer allows.
              {view.pastEnd.length === 0 ? ' No one in your scope is past it.' : ' Longest overdue first.'}
            </p>
            {view.pastEnd.length > 0 && (
              <div className="table-wrap">
                <table className="plain">
                  <thead>
                    <tr>
                      <th scope="col">Person</th>
                      <th scope="col">Term</th>
                      <th scope="col">Projected end</th>
                      <th scope="col">Days past</th>
                    </tr>
                  </thead>
                  <tbody>
                    {view.pastEnd.map((r) => (
                      <tr key={`${r.personId}\u0000${r.termId}`}>
                        <th scope="row">
                          <Link href={personPath(r.personId)}>{r.name}</Link>
                        </th>
                        <td>
                          {r.termId}, {r.jurisdiction}
                        </td>
                        <td>{r.projectedEndDate}</td>
                        <td>{r.daysPast}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>

          <section aria-labelledby="ages-title" className="card">
            <h2 id="ages-title">Open opportunities by age</h2>
            <p>How long each opportunity open now has stood open: today ({today}) less the date it opened.</p>
            <div className="chart-and-table">
              <AgeChart ages={view.ages} />
              <ScrollRegion label="Counts per age (table)">
                <table className="plain">
                  <thead>
                    <tr>
                      <th scope="col">Open for</th>
                      <th scope="col">Opportunities</th>
                    </tr>
                  </thead>
                  <tbody>
                    {view.ages.buckets.map((b) => (
                      <tr key={b.bucket}>
                        <th scope="row">{b.bucket}</th>
                        <td>{b.count}</td>
                      </tr>
                    ))}
                    {view.ages.undated > 0 && (
                      <tr>
                        <th scope="row">no date in law</th>
                        <td>{view.ages.undated}</td>
                      </tr>
                    )}
                  </tbody>
                </table>
              </ScrollRegion>
            </div>
          </section>

          <OutcomesByGroup loaded={outcomes} standing={view.groups} />
        </>
      )}
    </>
  );
}

/**
 * The supervisor's view of their scope (the unit's caseloads; an admin's agency): totals, people past
 * their lawful end date (the goal is zero), how long eligible opportunities have stood open, and
 * opportunity standing by jurisdiction. All from the caseload summaries (presenters/unit.ts); the gaps
 * the data leaves (no demographics, no officer in the summary, no outcomes) are stated on the page.
 */
import { useMemo } from 'react';
import { Link } from 'react-aria-components';
import { localToday } from '../presenters/dates.ts';
import { KIND_LABEL, OPPORTUNITY_KINDS } from '../presenters/kinds.ts';
import { byJurisdiction, opportunityAges, pastLawfulEnd, percent, unitTotals, type OpportunityAges } from '../presenters/unit.ts';
import { personPath, queuePath } from '../router.ts';
import { usePageTitle } from '../usePageTitle.ts';
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

export function Unit() {
  usePageTitle('Unit');
  const scope = useScopePeople();
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
            </div>
          </section>

          <section aria-labelledby="groups-title" className="card">
            <h2 id="groups-title">Outcomes by group</h2>
            <p className="gap">
              What can be shown today is limited. The records carry no demographic fields, so disparities by race, ethnicity, sex or age
              cannot be measured here. The caseload summary does not name the supervising officer, so there is no grouping by officer yet.
              Petition outcomes (granted, denied) are recorded per person and are not in the summary: the table gives the law’s standing of
              each term, by jurisdiction.
            </p>
            <div className="table-wrap">
              <table className="plain">
                <thead>
                  <tr>
                    <th scope="col">Jurisdiction</th>
                    <th scope="col">Terms</th>
                    <th scope="col">With an opportunity open</th>
                    <th scope="col">Every opportunity blocked</th>
                    <th scope="col">Past the lawful end</th>
                  </tr>
                </thead>
                <tbody>
                  {view.groups.map((g) => (
                    <tr key={g.group}>
                      <th scope="row">{g.group}</th>
                      <td>{g.terms}</td>
                      <td>
                        {g.withEligible} ({percent(g.withEligible, g.terms)})
                      </td>
                      <td>
                        {g.allBlocked} ({percent(g.allBlocked, g.terms)})
                      </td>
                      <td>
                        {g.pastEnd} ({percent(g.pastEnd, g.terms)})
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        </>
      )}
    </>
  );
}

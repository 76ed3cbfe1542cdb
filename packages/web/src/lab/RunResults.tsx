/**
 * One finished run: the key numbers with their 90% intervals, the population chart, exits by reason and
 * results by group, with every assumption the run made listed beside them.
 */
import { PopulationChart } from './PopulationChart.tsx';
import { populationSeries } from './presenters/chart-geometry.ts';
import {
  assumptionList,
  exitsByReason,
  formatInterval,
  formatNumber,
  groupRows,
  keyNumbers,
  type LabResult,
} from './presenters/results.ts';

const n = (v: number) => formatNumber(v, 'count');
const y = (v: number) => v.toLocaleString('en-US', { maximumFractionDigits: 0 });

/** `provisional`: replications are still running, so who it helps is not looked for yet. */
export function RunResults({ result, provisional = false }: { result: LabResult; provisional?: boolean }) {
  const keys = keyNumbers(result.summary);
  return (
    <div className="results-grid">
      <div className="results-main">
        <h3>Key numbers</h3>
        <dl className="key-numbers">
          {keys.map((k) => (
            <div key={k.key} className="key-number" data-key={k.key}>
              <dt>{k.label}</dt>
              <dd>
                <span className="key-value">{formatNumber(k.mean, k.unit)}</span>
                <span className="key-interval">90% interval: {formatInterval(k)}</span>
                <span className="hint">{k.note}</span>
              </dd>
            </div>
          ))}
        </dl>

        <h3>People on supervision</h3>
        <PopulationChart series={populationSeries(result.summary, result.spec.start)} />

        <h3>Exits by reason</h3>
        <div className="table-scroll">
          <table>
            <caption>Exits over the {result.spec.months} months (mean of the replications)</caption>
            <thead>
              <tr>
                <th scope="col">Reason</th>
                <th scope="col">Baseline</th>
                <th scope="col">Reform</th>
                <th scope="col">Difference</th>
              </tr>
            </thead>
            <tbody>
              {exitsByReason(result.summary).map((r) => (
                <tr key={r.reason}>
                  <th scope="row">{r.reason}</th>
                  <td>{n(r.baseline)}</td>
                  <td>{n(r.reform)}</td>
                  <td>{r.difference > 0 ? `+${n(r.difference)}` : n(r.difference)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>

        <h3>Results by group</h3>
        <div className="table-scroll">
          <table>
            <caption>By the level and group of the offense (means, with 90% intervals of the differences)</caption>
            <thead>
              <tr>
                <th scope="col">Group</th>
                <th scope="col">People</th>
                <th scope="col">Supervision-years, baseline → reform</th>
                <th scope="col">Supervision-years avoided</th>
                <th scope="col">More early exits</th>
                <th scope="col">Prison admissions avoided</th>
              </tr>
            </thead>
            <tbody>
              {groupRows(result.summary).map((g) => (
                <tr key={g.group}>
                  <th scope="row">{g.group}</th>
                  <td>{n(g.people)}</td>
                  <td>
                    {y(g.supervisionYears.baseline)} → {y(g.supervisionYears.reform)}
                  </td>
                  <td>
                    {y(g.supervisionYearsAvoided.mean)} ({y(g.supervisionYearsAvoided.low)} to {y(g.supervisionYearsAvoided.high)})
                  </td>
                  <td>
                    {n(g.earlyExits.mean)} ({n(g.earlyExits.low)} to {n(g.earlyExits.high)})
                  </td>
                  <td>
                    {n(g.prisonAdmissionsAvoided.mean)} ({n(g.prisonAdmissionsAvoided.low)} to {n(g.prisonAdmissionsAvoided.high)})
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      <section className="who-it-helps" aria-labelledby="helped-heading">
        <h3 id="helped-heading">Who it helps</h3>
        {provisional ? (
          <p>Found when every replication has run.</p>
        ) : result.helped.length === 0 ? (
          <p>Among 200 synthetic people of the state on the run’s first day, no one’s projected end date comes sooner.</p>
        ) : (
          <>
            <p>
              Synthetic people of the state on the run’s first day ({result.spec.start}), evaluated by the law package under both laws:
              those whose projected end date comes soonest under the reform.
            </p>
            <ul>
              {result.helped.map((p) => (
                <li key={p.id}>
                  <p>
                    <strong>{p.id}</strong>, {p.term}: projected end {p.before} now, <strong>{p.after}</strong> under the reform (
                    {n(p.daysSooner)} days sooner).
                  </p>
                  <details>
                    <summary>Why: what the reform’s explanation adds</summary>
                    <ol>
                      {p.difference.map((step, i) => (
                        <li key={i}>
                          {step.text} {step.citations.length > 0 && <cite>{step.citations.join('; ')}</cite>}
                        </li>
                      ))}
                    </ol>
                  </details>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <aside className="assumptions" aria-labelledby="assumptions-heading">
        <h3 id="assumptions-heading">Assumptions of this run</h3>
        <ul>
          {assumptionList(result).map((a) => (
            <li key={a}>{a}</li>
          ))}
        </ul>
        <h4>Citations</h4>
        <ul>
          {result.reform.citations.map((c) => (
            <li key={c}>
              <cite>{c}</cite>
            </li>
          ))}
        </ul>
      </aside>
    </div>
  );
}

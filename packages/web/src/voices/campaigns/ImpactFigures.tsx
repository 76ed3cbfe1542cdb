/**
 * A campaign's impact numbers on its page: each figure with its range in words and as a small bar (the
 * range as the bar, the average as a tick, from zero), how they were computed, the assumptions behind
 * them with their sources, the reform's citations, and a link that reruns the same simulation in the
 * policy lab. The bars are drawn with SVG attributes (the page's policy allows no inline styles) and hidden
 * from assistive technology: the words say everything they show.
 */
import { figureRows, methodSentence, type FigureRow } from './format.ts';
import type { CampaignImpact } from './types.ts';

const WIDTH = 300;
const HEIGHT = 18;

function RangeBar({ row }: { row: FigureRow }) {
  const { low, mean, high } = row.band;
  const min = Math.min(0, low);
  const max = Math.max(0, high) * 1.1 || 1;
  const x = (v: number) => ((v - min) / (max - min)) * WIDTH;
  return (
    <svg className="cmp-range" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <line x1={x(0)} x2={x(0)} y1={0} y2={HEIGHT} className="cmp-range-zero" />
      <rect x={x(low)} y={4} width={Math.max(2, x(high) - x(low))} height={HEIGHT - 8} className="cmp-range-band" />
      <line x1={x(mean)} x2={x(mean)} y1={1} y2={HEIGHT - 1} className="cmp-range-mean" />
    </svg>
  );
}

export function ImpactFigures({ impact, stateName }: { impact: CampaignImpact; stateName: string }) {
  const rows = figureRows(impact);
  return (
    <>
      <dl className="cmp-figures">
        {rows.map((row) => (
          <div key={row.key} className="cmp-figure">
            <dt>{row.label}</dt>
            <dd>
              <span className="cmp-figure-value">{row.format(row.band.mean)}</span>{' '}
              <span className="cmp-figure-range">
                (range {row.format(row.band.low)} to {row.format(row.band.high)})
              </span>
              <RangeBar row={row} />
            </dd>
          </div>
        ))}
      </dl>
      <p className="cmp-method">{methodSentence(impact, stateName)}</p>
      <p>
        <a href={impact.labUrl}>Run this simulation yourself in the policy lab</a> (the same bill, people, months and seed; the lab shows
        the sample’s own counts, before any scaling).
      </p>
      <details className="cmp-details">
        <summary>Assumptions and sources</summary>
        <table className="cmp-table">
          <caption>What the simulator assumed about {stateName}</caption>
          <thead>
            <tr>
              <th scope="col">Assumption</th>
              <th scope="col">Value</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {impact.assumptions.map((a) => (
              <tr key={a.label}>
                <th scope="row">{a.label}</th>
                <td>{a.value}</td>
                <td>
                  {a.source} <span className="cmp-muted">(confidence {a.confidence})</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          The bill as simulated: {impact.reform.name}. {impact.reform.citations.join('; ')}.
        </p>
        {impact.reform.description && <p>{impact.reform.description}</p>}
      </details>
    </>
  );
}

/**
 * People on supervision month by month under the baseline and the reform, each with its 90% band, drawn
 * by React as SVG from the pure geometry in presenters/chart-geometry.ts; a table of the same figures
 * follows as the chart's text alternative. The chart takes its container's width, so it fits a phone.
 */
import { useMemo, useRef } from 'react';
import { useContainerWidth } from '../useContainerWidth.ts';
import { chartGeometry, chartWidth, MARGIN, type SeriesPoint } from './presenters/chart-geometry.ts';

const n = (v: number) => Math.round(v).toLocaleString('en-US');

export function PopulationChart({ series }: { series: SeriesPoint[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const measured = useContainerWidth(ref);
  const g = useMemo(() => chartGeometry(series, chartWidth(measured)), [series, measured]);
  return (
    <figure className="lab-chart">
      <ul className="lab-legend" aria-hidden="true">
        <li>
          <span className="swatch swatch-baseline" /> Baseline (90% band)
        </li>
        <li>
          <span className="swatch swatch-reform" /> Reform (90% band)
        </li>
      </ul>
      <div ref={ref}>
        <svg
          role="img"
          aria-label="People on supervision each month under the baseline and the reform; the table that follows gives the same figures."
          width={g.width}
          height={g.height}
          viewBox={`0 0 ${g.width} ${g.height}`}
        >
          <g className="lab-axis">
            {g.yTicks.map((t) => (
              <g key={t.y} transform={`translate(0,${t.y})`}>
                <line className="lab-grid" x1={MARGIN.left} x2={g.width - MARGIN.right} />
                <text x={MARGIN.left - 8} dy="0.32em" textAnchor="end">
                  {t.label}
                </text>
              </g>
            ))}
            {g.xTicks.map((t) => (
              <text key={t.x} x={t.x} y={g.height - MARGIN.bottom + 18} textAnchor="middle">
                {t.label}
              </text>
            ))}
          </g>
          <path className="band-baseline" d={g.baselineBand} />
          <path className="band-reform" d={g.reformBand} />
          <path className="line-baseline" d={g.baselineLine} />
          <path className="line-reform" d={g.reformLine} />
        </svg>
      </div>
      <figcaption>
        <details>
          <summary>The figures as a table ({series.length} months)</summary>
          <div className="table-scroll">
            <table>
              <caption>People on supervision on the first day of each month (mean, and 90% interval)</caption>
              <thead>
                <tr>
                  <th scope="col">Month</th>
                  <th scope="col">Baseline</th>
                  <th scope="col">Reform</th>
                  <th scope="col">Reform, 90% interval</th>
                </tr>
              </thead>
              <tbody>
                {series.map((p) => (
                  <tr key={p.month}>
                    <th scope="row">{p.month.slice(0, 7)}</th>
                    <td>{n(p.baseline)}</td>
                    <td>{n(p.reform)}</td>
                    <td>
                      {n(p.reformLow)} to {n(p.reformHigh)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      </figcaption>
    </figure>
  );
}

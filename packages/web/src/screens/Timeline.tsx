/**
 * The person's terms and events on one time axis, drawn by React as SVG from the pure geometry in
 * ../presenters/timeline-geometry.ts (d3-scale only, not the whole of d3, so the bundle stays within its
 * budget), with the same items as an ordered list below it: the chart's text alternative, read in date
 * order. The chart takes the width of its container, measured as it changes, so it fits a phone.
 */
import { useMemo, useRef } from 'react';
import type { TimelineItem } from '../presenters/timeline.ts';
import { useContainerWidth } from '../useContainerWidth.ts';
import { chartWidth, DOT_RADIUS, LANE_COLOURS, timelineGeometry } from '../presenters/timeline-geometry.ts';

export function Timeline({ items, today }: { items: TimelineItem[]; today: string }) {
  const container = useRef<HTMLDivElement>(null);
  const width = chartWidth(useContainerWidth(container));
  const g = useMemo(() => timelineGeometry(items, today, width), [items, today, width]);

  return (
    <figure className="timeline">
      {/* The key to the colours; hidden from assistive technology, whose alternative is the list below. */}
      {g.lanes.length > 0 && (
        <ul className="timeline-legend" aria-hidden="true">
          {g.lanes.map(({ lane }) => (
            <li key={lane}>
              <svg width="12" height="12" viewBox="0 0 12 12" focusable="false">
                <rect width="12" height="12" rx="2" fill={LANE_COLOURS[lane]} />
              </svg>
              {lane}
            </li>
          ))}
        </ul>
      )}
      <div ref={container}>
        <svg
          className="timeline-chart"
          role="img"
          aria-label="Timeline of terms and events; the list that follows gives the same items as text."
          width={g.width}
          height={g.height}
          viewBox={`0 0 ${g.width} ${g.height}`}
        >
          <g className="timeline-axis">
            {g.ticks.map((t) => (
              <g key={t.x} transform={`translate(${t.x},0)`}>
                <line className="timeline-grid" y1={g.top} y2={g.bottom} />
                <line className="timeline-tick" y1={g.bottom} y2={g.bottom + 6} />
                <text y={g.bottom + 9} dy="0.71em" textAnchor="middle">
                  {t.label}
                </text>
              </g>
            ))}
            {g.lanes.map(({ lane, y }) => (
              <text key={lane} x={g.left - 9} y={y} dy="0.32em" textAnchor="end">
                {lane}
              </text>
            ))}
          </g>
          {g.bars.map((b) => (
            <rect key={b.index} x={b.x} y={b.y} width={b.width} height={b.height} fill={LANE_COLOURS[b.lane]} />
          ))}
          {g.dots.map((d) => (
            <circle key={d.index} className="timeline-dot" cx={d.cx} cy={d.cy} r={DOT_RADIUS} fill={LANE_COLOURS[d.lane]} />
          ))}
          <line className="timeline-today" x1={g.todayX} x2={g.todayX} y1={g.top} y2={g.bottom} />
        </svg>
      </div>
      <figcaption>
        <details open>
          <summary>
            Timeline as text ({items.length} {items.length === 1 ? 'item' : 'items'}; the dashed line is today, {today})
          </summary>
          <ol className="timeline-list">
            {items.map((i, n) => (
              <li key={n}>
                <time dateTime={i.start}>{i.start}</time>
                {i.end && i.lane !== 'Term' ? (
                  <>
                    {' '}
                    to <time dateTime={i.end}>{i.end}</time>
                  </>
                ) : null}{' '}
                — {i.lane}: {i.label}
              </li>
            ))}
          </ol>
        </details>
      </figcaption>
    </figure>
  );
}

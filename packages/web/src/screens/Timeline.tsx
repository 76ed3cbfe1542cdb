/**
 * The person's terms and events on one time axis (Observable Plot, SVG), with the same items as an
 * ordered list beside it: the chart's text alternative, read in date order. Plot (with d3) is loaded
 * only when a person page opens, so the caseload's first load stays small.
 */
import { useEffect, useRef } from 'react';
import { LANES, type TimelineItem } from '../presenters/timeline.ts';

const date = (iso: string) => new Date(`${iso}T00:00:00Z`);

export function Timeline({ items, today }: { items: TimelineItem[]; today: string }) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const node = container.current;
    if (!node) return;
    let cancelled = false;
    void import('@observablehq/plot').then((Plot) => {
      if (cancelled) return;
      const spans = items.filter((i) => i.end !== null);
      const points = items.filter((i) => i.end === null);
      const lanes = LANES.filter((lane) => items.some((i) => i.lane === lane));
      const chart = Plot.plot({
        className: 'timeline-plot',
        width: Math.max(320, node.clientWidth || 640),
        marginLeft: 90,
        height: 40 + lanes.length * 34,
        x: { type: 'utc', label: null, grid: true },
        y: { domain: lanes, label: null },
        marks: [
          Plot.barX(spans, {
            x1: (d: TimelineItem) => date(d.start),
            x2: (d: TimelineItem) => date(d.end!),
            y: 'lane',
            fill: 'lane',
            insetTop: 6,
            insetBottom: 6,
          }),
          Plot.dot(points, { x: (d: TimelineItem) => date(d.start), y: 'lane', fill: 'lane', r: 5, stroke: 'white' }),
          Plot.ruleX([date(today)], { stroke: '#1b1b1b', strokeDasharray: '3,3' }),
        ],
        color: { domain: LANES as Lane[], range: ['#2f5d8a', '#b3261e', '#7a4b00', '#1f6b3a', '#5b3e96', '#6b4e2e', '#8a1c5c'] },
        ariaLabel: 'Timeline of terms and events; the list that follows gives the same items as text.',
      });
      // Plot adds an inline <style> element, which the app's Content-Security-Policy (style-src 'self')
      // would refuse; the same rules are in styles.css under .timeline-plot.
      chart.querySelector('style')?.remove();
      // The chart is one image whose alternative is the list below: Plot's labels on its inner groups
      // (aria-label on a <g> without a role) would be ignored by assistive technology and are not allowed.
      for (const labelled of chart.querySelectorAll('[aria-label]')) if (labelled !== chart) labelled.removeAttribute('aria-label');
      chart.setAttribute('role', 'img');
      node.replaceChildren(chart);
    });
    return () => {
      cancelled = true;
      node.replaceChildren();
    };
  }, [items, today]);

  return (
    <figure className="timeline">
      <div ref={container} />
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

type Lane = (typeof LANES)[number];

import { describe, expect, it } from 'vitest';
import type { TimelineItem } from './timeline.ts';
import { chartWidth, LANE_COLOURS, lanesPresent, timeDomain, timelineGeometry } from './timeline-geometry.ts';
import { LANES } from './timeline.ts';

const term: TimelineItem = { lane: 'Term', start: '2020-01-01', end: '2022-01-01', label: 'term T-1' };
const payment: TimelineItem = { lane: 'Payment', start: '2021-01-01', end: null, label: 'payment of $50' };

describe('timeDomain', () => {
  it('case: the items and today, padded by 3% of their length on each side', () => {
    // 2020-01-01..2022-01-01 is 731 days; 3% is 21.93 days = 21 d 22 h 19 min 12 s.
    expect(timeDomain([term], '2021-01-01').map((d) => d.toISOString())).toEqual(['2019-12-10T01:40:48.000Z', '2022-01-22T22:19:12.000Z']);
  });

  it('case: today later than every item stretches the domain to today', () => {
    const [from, to] = timeDomain([payment], '2021-03-02');
    // 60 days × 3% = 1.8 days, under the 15-day minimum.
    expect(from.toISOString()).toBe('2020-12-17T00:00:00.000Z');
    expect(to.toISOString()).toBe('2021-03-17T00:00:00.000Z');
  });
});

describe('timelineGeometry', () => {
  // Width 600: the plotting area runs from 90 to 580 (490 px), and the domain is 1.06 × 731 days.
  const g = timelineGeometry([term, payment], '2021-01-01', 600);

  it('case: a 2020-01-01..2022-01-01 span at width 600 is a bar from 103.87 to 566.13', () => {
    expect(g.bars).toHaveLength(1);
    const bar = g.bars[0]!;
    expect(bar.index).toBe(0);
    expect(bar.lane).toBe('Term');
    // x1 = 90 + 490 × 0.03 / 1.06; x2 = 90 + 490 × 1.03 / 1.06.
    expect(bar.x).toBeCloseTo(103.868, 3);
    expect(bar.x + bar.width).toBeCloseTo(566.132, 3);
    expect(bar.width).toBeCloseTo(462.264, 3);
  });

  it('case: two lanes make rows of 34 px with the bar inset 6 px in its band', () => {
    expect(g.height).toBe(10 + 2 * 34 + 30);
    expect([g.left, g.right, g.top, g.bottom]).toEqual([90, 580, 10, 78]);
    // Band scale over 10..78 with padding 0.1: step 68 / 2.1 = 32.381, bandwidth 29.143, first band at 13.238.
    expect(g.lanes.map((l) => l.lane)).toEqual(['Term', 'Payment']);
    expect(g.lanes[0]!.y).toBeCloseTo(27.81, 2);
    expect(g.lanes[1]!.y).toBeCloseTo(60.19, 2);
    expect(g.bars[0]!.y).toBeCloseTo(19.238, 3);
    expect(g.bars[0]!.height).toBeCloseTo(17.143, 3);
  });

  it('case: a point event is a dot on its lane centre, and today is the rule one year in', () => {
    // 2021-01-01 is 366 days after the span starts: 90 + 490 × (21.93 + 366) / 774.86.
    expect(g.todayX).toBeCloseTo(335.316, 3);
    expect(g.dots).toHaveLength(1);
    expect(g.dots[0]!.index).toBe(1);
    expect(g.dots[0]!.cx).toBeCloseTo(335.316, 3);
    expect(g.dots[0]!.cy).toBeCloseTo(60.19, 2);
  });

  it('case: about one tick per 80 px (6 here) gives quarterly ticks labelled by year and month', () => {
    expect(g.ticks.map((t) => t.label)).toEqual(['2020', 'April', 'July', 'October', '2021', 'April', 'July', 'October', '2022']);
    expect(g.ticks[0]!.x).toBeCloseTo(103.868, 3);
    expect(g.ticks[4]!.x).toBeCloseTo(335.316, 3);
    expect(g.ticks[8]!.x).toBeCloseTo(566.132, 3);
  });

  it('case: a single date with today on it sits mid-axis in a 30-day domain', () => {
    const one = timelineGeometry([payment], '2021-01-01', 600);
    expect(one.dots[0]!.cx).toBe(335);
    expect(one.todayX).toBe(335);
    expect(one.height).toBe(74);
  });

  it('case: a one-day span is still drawn 2 px wide about its middle', () => {
    const day: TimelineItem = { lane: 'Custody', start: '2020-01-01', end: '2020-01-02', label: 'custody' };
    const bar = timelineGeometry([day, term], '2021-01-01', 600).bars[0]!;
    // One day is 490 / 774.86 = 0.632 px: from 103.868 to 104.500, middle 104.184.
    expect(bar.lane).toBe('Custody');
    expect(bar.width).toBe(2);
    expect(bar.x).toBeCloseTo(103.184, 3);
  });

  it('case: no items still leaves one row for the axis and the today rule', () => {
    const empty = timelineGeometry([], '2021-01-01', 320);
    expect(empty.height).toBe(74);
    expect(empty.lanes).toEqual([]);
    expect(empty.todayX).toBe(195);
    expect(empty.bars).toEqual([]);
    expect(empty.dots).toEqual([]);
  });
});

describe('lanes and widths', () => {
  it('case: lanes present come in the fixed lane order, not the items’ order', () => {
    const items: TimelineItem[] = [
      { lane: 'Absconding', start: '2021-01-01', end: '2021-02-01', label: 'absconded' },
      { lane: 'Violation', start: '2021-03-01', end: null, label: 'violation' },
      term,
    ];
    expect(lanesPresent(items)).toEqual(['Term', 'Violation', 'Absconding']);
  });

  it('case: each lane has its own colour', () => {
    expect(LANES.map((lane) => LANE_COLOURS[lane])).toEqual(['#2f5d8a', '#b3261e', '#7a4b00', '#1f6b3a', '#5b3e96', '#6b4e2e', '#8a1c5c']);
  });

  it('case: the measured width, 640 before a measurement, never under 320', () => {
    expect(chartWidth(undefined)).toBe(640);
    expect(chartWidth(0)).toBe(640);
    expect(chartWidth(200)).toBe(320);
    expect(chartWidth(800.4)).toBe(800);
  });
});

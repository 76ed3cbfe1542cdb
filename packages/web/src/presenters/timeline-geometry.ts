/**
 * Where the person's timeline chart puts things: the time domain (the items and today, padded a little),
 * the axis ticks with their labels, one row per lane present, and each span's bar and each event's dot in
 * pixels. Pure, so the chart component only draws what this returns and the numbers can be tested
 * without a browser. d3-scale does the arithmetic (a UTC time scale across, a band scale down) and
 * brings only its small share of d3, not the whole library.
 */
import { scaleBand, scaleUtc } from 'd3-scale';
import { LANES, type Lane, type TimelineItem } from './timeline.ts';

/** One colour per lane, the same as the chart has always used. */
export const LANE_COLOURS: Readonly<Record<Lane, string>> = {
  Term: '#2f5d8a',
  Violation: '#b3261e',
  Sanction: '#7a4b00',
  Payment: '#1f6b3a',
  Achievement: '#5b3e96',
  Custody: '#6b4e2e',
  Absconding: '#8a1c5c',
};

/** Room for the lane names on the left and the tick labels below; each lane row is this tall. */
export const MARGIN = { top: 10, right: 20, bottom: 30, left: 90 } as const;
export const ROW_HEIGHT = 34;
/** The width used before (or without) a measurement, and the narrowest the chart is drawn. */
export const FALLBACK_WIDTH = 640;
export const MIN_WIDTH = 320;
/** Roughly one tick label per this many pixels, so labels do not collide on a phone. */
const PX_PER_TICK = 80;
/** Padding either side of the domain: a share of its length, but at least this many days. */
const PAD_SHARE = 0.03;
const MIN_PAD_DAYS = 15;
const DAY_MS = 86_400_000;
/** Space between a bar and the edges of its lane's row. */
const BAR_INSET = 6;
/** A span shorter than this many pixels (e.g. a one-day custody) is still drawn visibly. */
const MIN_BAR_WIDTH = 2;
export const DOT_RADIUS = 5;

export interface Tick {
  x: number;
  label: string;
}
export interface LaneRow {
  lane: Lane;
  /** The row's vertical centre, where its name and its dots sit. */
  y: number;
}
export interface Bar {
  /** The item's index in the list given, a stable key for rendering. */
  index: number;
  lane: Lane;
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface Dot {
  index: number;
  lane: Lane;
  cx: number;
  cy: number;
}
export interface TimelineGeometry {
  width: number;
  height: number;
  /** The plotting area inside the margins. */
  left: number;
  right: number;
  top: number;
  bottom: number;
  lanes: LaneRow[];
  ticks: Tick[];
  /** Where the dashed "today" rule is drawn. */
  todayX: number;
  bars: Bar[];
  dots: Dot[];
}

const date = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The width to draw at from the container's measured width (0 or missing when not yet laid out). */
export function chartWidth(measured: number | null | undefined): number {
  return Math.max(MIN_WIDTH, Math.round(measured || FALLBACK_WIDTH));
}

/** The lanes that have at least one item, in the fixed lane order. */
export function lanesPresent(items: readonly TimelineItem[]): Lane[] {
  return LANES.filter((lane) => items.some((i) => i.lane === lane));
}

/**
 * From the earliest to the latest date among the items and today, padded by 3% of that length on each
 * side (at least 15 days, so a single date still gets a readable stretch of axis around it).
 */
export function timeDomain(items: readonly TimelineItem[], today: string): [Date, Date] {
  let min = date(today).getTime();
  let max = min;
  for (const item of items) {
    for (const iso of [item.start, item.end]) {
      if (iso === null) continue;
      const t = date(iso).getTime();
      if (t < min) min = t;
      if (t > max) max = t;
    }
  }
  const pad = Math.max((max - min) * PAD_SHARE, MIN_PAD_DAYS * DAY_MS);
  return [new Date(min - pad), new Date(max + pad)];
}

export function timelineGeometry(items: readonly TimelineItem[], today: string, width: number): TimelineGeometry {
  const lanes = lanesPresent(items);
  // With nothing to show, one empty row still leaves room for the axis and the "today" rule.
  const height = MARGIN.top + MARGIN.bottom + Math.max(1, lanes.length) * ROW_HEIGHT;
  const left = MARGIN.left;
  const right = width - MARGIN.right;
  const top = MARGIN.top;
  const bottom = height - MARGIN.bottom;

  const x = scaleUtc().domain(timeDomain(items, today)).range([left, right]);
  const y = scaleBand<Lane>().domain(lanes).range([top, bottom]).padding(0.1);
  const count = Math.max(2, Math.floor((right - left) / PX_PER_TICK));
  const format = x.tickFormat(count);
  const ticks = x.ticks(count).map((t) => ({ x: x(t), label: format(t) }));

  const bars: Bar[] = [];
  const dots: Dot[] = [];
  items.forEach((item, index) => {
    const band = y(item.lane)!;
    const x1 = x(date(item.start));
    if (item.end === null) {
      dots.push({ index, lane: item.lane, cx: x1, cy: band + y.bandwidth() / 2 });
      return;
    }
    const x2 = x(date(item.end));
    // A span shorter than the minimum widens about its own middle rather than only to the right.
    const short = x2 - x1 < MIN_BAR_WIDTH;
    bars.push({
      index,
      lane: item.lane,
      x: short ? (x1 + x2 - MIN_BAR_WIDTH) / 2 : x1,
      y: band + BAR_INSET,
      width: short ? MIN_BAR_WIDTH : x2 - x1,
      height: Math.max(0, y.bandwidth() - 2 * BAR_INSET),
    });
  });

  return {
    width,
    height,
    left,
    right,
    top,
    bottom,
    lanes: lanes.map((lane) => ({ lane, y: y(lane)! + y.bandwidth() / 2 })),
    ticks,
    todayX: x(date(today)),
    bars,
    dots,
  };
}

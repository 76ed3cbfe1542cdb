/**
 * The population under baseline and reform, month by month, each line with its 90% interval as a
 * band: the chart a legislator looks at first. Plain SVG, no script, readable without the data.
 */
import type { Compared } from '../microsim/summary.ts';

export interface ChartInput {
  title: string;
  /** "2012-09" for each month. */
  months: string[];
  series: Compared[];
  yLabel: string;
}

const W = 760;
const H = 420;
const PAD = { left: 78, right: 24, top: 48, bottom: 64 };
const COLORS = { baseline: '#5b6770', reform: '#1f77b4' } as const;

export function populationChart(input: ChartInput): string {
  const { months, series } = input;
  const values = series.flatMap((c) => [c.baseline.low, c.baseline.high, c.reform.low, c.reform.high]);
  const top = niceCeiling(Math.max(1, ...values));
  const x = (m: number) => PAD.left + (months.length <= 1 ? 0 : (m / (months.length - 1)) * (W - PAD.left - PAD.right));
  const y = (v: number) => H - PAD.bottom - (v / top) * (H - PAD.top - PAD.bottom);
  const line = (pick: (c: Compared) => number) =>
    series.map((c, m) => `${m === 0 ? 'M' : 'L'}${x(m).toFixed(1)},${y(pick(c)).toFixed(1)}`).join('');
  const band = (which: 'baseline' | 'reform') =>
    `${series.map((c, m) => `${m === 0 ? 'M' : 'L'}${x(m).toFixed(1)},${y(c[which].high).toFixed(1)}`).join('')}` +
    `${[...series.keys()]
      .reverse()
      .map((m) => `L${x(m).toFixed(1)},${y(series[m]![which].low).toFixed(1)}`)
      .join('')}Z`;

  const yTicks = [0, 0.25, 0.5, 0.75, 1].map((f) => top * f);
  const xStep = Math.max(1, Math.ceil(months.length / 10));
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-labelledby="t">`,
    `<title id="t">${escape(input.title)}</title>`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    `<text x="${PAD.left}" y="28" font-family="sans-serif" font-size="16" font-weight="bold">${escape(input.title)}</text>`,
    ...yTicks.map(
      (v) =>
        `<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="#e3e3e3"/>` +
        `<text x="${PAD.left - 8}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end" font-family="sans-serif" font-size="12">${Math.round(v).toLocaleString('en-US')}</text>`,
    ),
    ...months
      .map((label, m) => ({ label, m }))
      .filter(({ m }) => m % xStep === 0 || m === months.length - 1)
      .map(
        ({ label, m }) =>
          `<text x="${x(m).toFixed(1)}" y="${H - PAD.bottom + 18}" text-anchor="middle" font-family="sans-serif" font-size="12">${escape(label)}</text>`,
      ),
    `<text x="${(PAD.left + W - PAD.right) / 2}" y="${H - 18}" text-anchor="middle" font-family="sans-serif" font-size="12">month</text>`,
    `<text transform="translate(16 ${(PAD.top + H - PAD.bottom) / 2}) rotate(-90)" text-anchor="middle" font-family="sans-serif" font-size="12">${escape(input.yLabel)}</text>`,
    `<path d="${band('baseline')}" fill="${COLORS.baseline}" fill-opacity="0.18"/>`,
    `<path d="${band('reform')}" fill="${COLORS.reform}" fill-opacity="0.18"/>`,
    `<path d="${line((c) => c.baseline.mean)}" fill="none" stroke="${COLORS.baseline}" stroke-width="2" stroke-dasharray="6 4"/>`,
    `<path d="${line((c) => c.reform.mean)}" fill="none" stroke="${COLORS.reform}" stroke-width="2.5"/>`,
    legend(W - PAD.right - 250, PAD.top - 4),
    `</svg>`,
  ];
  return `${parts.join('\n')}\n`;
}

function legend(x: number, y: number): string {
  return [
    `<g font-family="sans-serif" font-size="12">`,
    `<line x1="${x}" x2="${x + 24}" y1="${y}" y2="${y}" stroke="${COLORS.baseline}" stroke-width="2" stroke-dasharray="6 4"/><text x="${x + 30}" y="${y + 4}">baseline (current law)</text>`,
    `<line x1="${x}" x2="${x + 24}" y1="${y + 18}" y2="${y + 18}" stroke="${COLORS.reform}" stroke-width="2.5"/><text x="${x + 30}" y="${y + 22}">reform</text>`,
    `<rect x="${x + 100}" y="${y + 12}" width="14" height="10" fill="${COLORS.reform}" fill-opacity="0.18"/><text x="${x + 120}" y="${y + 22}">90% interval</text>`,
    `</g>`,
  ].join('');
}

/** 1, 2 or 5 times a power of ten, at or above v. */
export function niceCeiling(v: number): number {
  const power = 10 ** Math.floor(Math.log10(v));
  for (const f of [1, 2, 2.5, 5, 10]) if (f * power >= v) return f * power;
  return 10 * power;
}

function escape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

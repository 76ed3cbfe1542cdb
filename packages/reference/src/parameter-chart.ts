/**
 * A step chart of a numeric parameter's values over time, as inline SVG: how a cap or a credit rate
 * changed, at a glance. Years on the horizontal axis; each value holds until the next one's date.
 */
import { parseIsoDate, type Parameter } from '@pathways/law';
import { escapeHtml } from './html.ts';

const WIDTH = 560;
const HEIGHT = 150;
const PAD = { left: 48, right: 16, top: 12, bottom: 28 };

export function parameterChart(p: Parameter<unknown>, until: string): string | null {
  const points = p.values.map((v) => ({
    day: parseIsoDate(v.from),
    from: v.from,
    value: typeof v.value === 'number' ? v.value : v.value === null ? 0 : NaN,
  }));
  if (points.length < 2 || points.some((pt) => Number.isNaN(pt.value))) return null;
  const start = points[0]!.day - 365;
  const end = Math.max(parseIsoDate(until), points[points.length - 1]!.day + 365);
  const max = Math.max(...points.map((pt) => pt.value), 1);
  const x = (day: number) => PAD.left + ((day - start) / (end - start)) * (WIDTH - PAD.left - PAD.right);
  const y = (value: number) => HEIGHT - PAD.bottom - (value / max) * (HEIGHT - PAD.top - PAD.bottom);

  let path = `M${x(start).toFixed(1)},${y(0).toFixed(1)}`;
  for (const pt of points) path += ` H${x(pt.day).toFixed(1)} V${y(pt.value).toFixed(1)}`;
  path += ` H${x(end).toFixed(1)}`;

  const firstYear = Number(points[0]!.from.slice(0, 4)) - 1;
  const lastYear = Number(until.slice(0, 4)) + 1;
  const step = Math.max(1, Math.ceil((lastYear - firstYear) / 8));
  const ticks: string[] = [];
  for (let year = firstYear; year <= lastYear; year += step) {
    const day = parseIsoDate(`${year}-01-01`);
    if (day < start || day > end) continue;
    ticks.push(`<text x="${x(day).toFixed(1)}" y="${HEIGHT - 8}" font-size="11" text-anchor="middle" fill="#57606a">${year}</text>`);
  }
  const labels = points
    .map(
      (pt) =>
        `<text x="${(x(pt.day) + 4).toFixed(1)}" y="${(y(pt.value) - 4).toFixed(1)}" font-size="11" fill="#1b1f24">${escapeHtml(pt.value)} ${escapeHtml(p.unit)}</text>`,
    )
    .join('');
  const summary = points.map((pt) => `${pt.value} ${p.unit} from ${pt.from}`).join('; ');
  return `<svg role="img" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" aria-label="${escapeHtml(`${p.label} over time: ${summary}`)}">
<line x1="${PAD.left}" y1="${y(0)}" x2="${WIDTH - PAD.right}" y2="${y(0)}" stroke="#d0d7de"/>
<text x="${PAD.left - 6}" y="${y(max) + 4}" font-size="11" text-anchor="end" fill="#57606a">${escapeHtml(max)}</text>
<text x="${PAD.left - 6}" y="${y(0) + 4}" font-size="11" text-anchor="end" fill="#57606a">0</text>
<path d="${path}" fill="none" stroke="#0b5cad" stroke-width="2"/>
${labels}
${ticks.join('')}
</svg>`;
}

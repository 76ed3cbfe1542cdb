/** One jurisdiction's page: its provisions with their review records, parameters over time, offense table and worked examples. */
import {
  walkParameters,
  type Jurisdiction,
  type Parameter,
  type ParameterTree,
  type PersonRecord,
  type ProvisionRecord,
  type TermEvaluation,
} from '@pathways/law';
import { anchor, escapeHtml, scrollingTable } from './html.ts';
import { parameterChart } from './parameter-chart.ts';

export interface ExampleRun {
  file: string;
  asOf: string;
  records: PersonRecord[];
  evaluations: TermEvaluation[];
}

export function jurisdictionBody(
  j: Jurisdiction<ParameterTree>,
  testCases: (path: string) => readonly string[],
  example: ExampleRun | undefined,
  generatedOn: string,
): string {
  const parameters = [...walkParameters(j.parameters)].map(([, p]) => p);
  return [
    `<h1>${escapeHtml(j.name)} <span class="muted">(${escapeHtml(j.code)})</span></h1>`,
    `<p>${j.provisions.length} provisions encoded, ${parameters.length} parameters, ${j.offenseTable.entries.length} offense-table entries.
     Jump to <a href="#provisions">provisions</a>, <a href="#parameters">parameters</a>, <a href="#offenses">offense table</a>, <a href="#examples">examples</a>.</p>`,
    '<h2 id="provisions">Provisions and their review records</h2>',
    ...j.provisions.map((p) => provisionSection(p, testCases)),
    '<h2 id="parameters">Parameters, with their values over time</h2>',
    '<p>Every number the rules use. Each value holds from its date until the next one, and cites the law it comes from.</p>',
    ...parameters.map((p) => parameterSection(p, generatedOn)),
    offenseSection(j),
    exampleSection(example),
  ].join('\n');
}

function provisionSection(p: ProvisionRecord, testCases: (path: string) => readonly string[]): string {
  const latest = p.reviews.reduce((a, b) => (b.on >= a.on ? b : a));
  const list = (items: readonly string[], empty: string) =>
    items.length === 0 ? `<p class="muted">${empty}</p>` : `<ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
  const tests = p.tests
    .map((path) => {
      const cases = testCases(path);
      return `<details><summary><code>${escapeHtml(path)}</code>: ${cases.length} case${cases.length === 1 ? '' : 's'}</summary><ul>${cases.map((c) => `<li>${escapeHtml(c)}</li>`).join('')}</ul></details>`;
    })
    .join('');
  return `<section class="card" id="${escapeHtml(anchor(p.id))}">
<h3>${escapeHtml(p.title)}</h3>
<p><strong>${escapeHtml(p.citation)}</strong> · in force from ${escapeHtml(p.effective.from)}${p.effective.to ? ` to ${escapeHtml(p.effective.to)}` : ''} · version chosen by ${escapeHtml(p.effective.selectedBy)} · <span class="status">${escapeHtml(latest.status)}</span></p>
<p class="cite">Rules: ${p.rules.map((r) => `<code>${escapeHtml(r)}</code>`).join(', ')}</p>
<h4>Source text encoded</h4>
<ul>${p.sources
    .map((s) => `<li>${escapeHtml(s.citation)}: ${escapeHtml(s.version)} (${s.kind}; read ${escapeHtml(s.read)}) ${sourceLink(s.url)}</li>`)
    .join('')}</ul>
<h4>Reviews</h4>
<ul>${p.reviews.map((r) => `<li>${escapeHtml(r.on)}, ${escapeHtml(r.by)}: ${escapeHtml(r.status)}${r.note ? ` (${escapeHtml(r.note)})` : ''}</li>`).join('')}</ul>
<h4>Readings chosen</h4>
${list(p.readings, 'None: the text admits one reading.')}
<h4>Open questions</h4>
${list(p.openQuestions, 'None recorded.')}
<h4>Tests</h4>
${tests}
</section>`;
}

/** Web addresses become links; a path names a file in the Pathways repository. */
function sourceLink(url: string): string {
  return /^https?:\/\//.test(url)
    ? `<a class="url" href="${escapeHtml(url)}" rel="noreferrer">${escapeHtml(url)}</a>`
    : `<code>${escapeHtml(url)}</code> in the Pathways repository`;
}

function formatValue(value: unknown): string {
  if (value === null) return 'not in force';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function parameterSection(p: Parameter<unknown>, generatedOn: string): string {
  const rows = p.values
    .map(
      (v) =>
        `<tr><td>${escapeHtml(v.from)}</td><td class="value">${escapeHtml(formatValue(v.value))}</td><td>${escapeHtml(v.source.citation)}${v.source.enactedBy ? `<br><span class="cite">${escapeHtml(v.source.enactedBy)}</span>` : ''}${
          v.source.url ? `<br>${sourceLink(v.source.url)}` : ''
        }</td><td>${escapeHtml(v.note ?? '')}</td></tr>`,
    )
    .join('');
  const chart = parameterChart(p, generatedOn);
  const alternatives = p.alternatives?.length
    ? `<p class="cite">Other readings: ${p.alternatives.map((a) => `${escapeHtml(formatValue(a.value))} (${escapeHtml(a.reading)})`).join('; ')}</p>`
    : '';
  return `<section id="${escapeHtml(anchor(p.id))}">
<h3>${escapeHtml(p.label)} <span class="cite"><code>${escapeHtml(p.id)}</code> · ${escapeHtml(p.unit)}</span></h3>
<p>${escapeHtml(p.description)}</p>
${chart ?? ''}
${scrollingTable(`${p.label}: values over time`, `<table><thead><tr><th>from</th><th>value</th><th>source</th><th>reading</th></tr></thead><tbody>${rows}</tbody></table>`)}
${alternatives}
</section>`;
}

function offenseSection(j: Jurisdiction<ParameterTree>): string {
  const rows = j.offenseTable.entries
    .map(
      (e) =>
        `<tr><td><code>${escapeHtml(e.statute)}</code>${e.pattern ? `<br><span class="cite">matches ${escapeHtml(e.pattern.source)}</span>` : ''}</td><td>${escapeHtml(e.title)}</td><td>${escapeHtml(e.tags.join(', '))}${
          e.facts
            ? `<br><span class="cite">${escapeHtml(
                Object.entries(e.facts)
                  .map(([k, v]) => `${k}: ${v}`)
                  .join('; '),
              )}</span>`
            : ''
        }</td><td>${escapeHtml(e.citation)}</td><td>${escapeHtml(e.asOf)}</td><td>${escapeHtml(e.note ?? '')}</td></tr>`,
    )
    .join('');
  return `<h2 id="offenses">Offense table</h2>
<p>Statutes the rules classify without the record's own tags. Citations are normalised first (${j.offenseTable.aliases.length} spellings rewritten); an entry matches its section and any subdivision.</p>
${scrollingTable(
  'Offense table',
  `<table><thead><tr><th>statute</th><th>offense</th><th>tags and facts</th><th>classified by</th><th>list read</th><th>note</th></tr></thead><tbody>${rows}</tbody></table>`,
)}`;
}

function exampleSection(example: ExampleRun | undefined): string {
  if (example === undefined) return '<h2 id="examples">Examples</h2><p class="muted">No example file ships for this jurisdiction.</p>';
  const byPerson = new Map(example.records.map((r) => [r.id, r]));
  const cards = example.evaluations.map((e) => {
    const record = byPerson.get(e.personId);
    const opportunities = e.opportunities
      .map(
        (o) =>
          `<li>${escapeHtml(o.kind.replace(/_/g, ' '))}: <strong>${escapeHtml(o.status)}</strong>${o.date ? ` ${escapeHtml(o.date)}` : ''} <span class="cite">${escapeHtml(o.citations.join('; '))}</span></li>`,
      )
      .join('');
    const limit = e.sanctionLimit
      ? `<p>Next technical violation (number ${e.sanctionLimit.violationNumber}): ${
          e.sanctionLimit.confinementAllowed
            ? e.sanctionLimit.maxConfinementDays === null
              ? 'no day limit'
              : `at most ${e.sanctionLimit.maxConfinementDays} days`
            : 'no confinement'
        } <span class="cite">${escapeHtml(e.sanctionLimit.citations.join('; '))}</span></p>`
      : '';
    return `<section class="card" id="${escapeHtml(anchor(`example-${e.personId}-${e.termId}`))}">
<h3>${escapeHtml(e.personId)}, term ${escapeHtml(e.termId)}</h3>
${scrollingTable(
  `${e.personId}, term ${e.termId}: dates`,
  `<table><tbody>
<tr><th>scheduled end</th><td>${escapeHtml(e.scheduledEndDate ?? 'none (lifetime)')}</td><th>statutory maximum</th><td>${escapeHtml(e.statutoryMaxEndDate ?? 'none')}</td></tr>
<tr><th>earned credit days</th><td>${e.earnedCreditDays}</td><th>projected end</th><td>${escapeHtml(e.projectedEndDate ?? 'none')}</td></tr>
</tbody></table>`,
)}
${opportunities ? `<ul>${opportunities}</ul>` : ''}
${limit}
<ol class="explanation">${e.explanation.map((s) => `<li>${escapeHtml(s.text)}${s.citations.length ? ` <span class="cite">[${escapeHtml(s.citations.join('; '))}]</span>` : ''}</li>`).join('')}</ol>
${e.warnings.length ? `<p class="muted">Assumptions and missing facts:</p><ul>${e.warnings.map((w) => `<li>${escapeHtml(w)}</li>`).join('')}</ul>` : ''}
${record ? `<details><summary>The record</summary><pre><code>${escapeHtml(JSON.stringify(record, null, 2))}</code></pre></details>` : ''}
</section>`;
  });
  return `<h2 id="examples">Examples, evaluated as of ${escapeHtml(example.asOf)}</h2>
<p>The fictional people in <code>${escapeHtml(example.file)}</code>, run through the same rules; these are the results the engine gives.</p>
${cards.join('\n')}`;
}

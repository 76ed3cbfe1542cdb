import { describe, expect, it } from 'vitest';
import { evaluatePerson, parseIsoDate, type Jurisdiction, type ParameterTree } from '@pathways/law';
import { zembla } from '../../law/test/fictional-jurisdiction.ts';
import { person, term } from '../../law/test/builders.ts';
import { testCaseNames } from './coverage.ts';
import { escapeHtml } from './html.ts';
import { renderReference } from './render-reference.ts';

const j = zembla as unknown as Jurisdiction<ParameterTree>;
const record = person([
  term({
    jurisdiction: 'US-ZZ',
    startDate: '2021-03-15',
    length: { years: 5 },
    offenses: [{ statute: 'ZPC 50', level: 'felony', tags: [] }],
  }),
]);
const files = renderReference({
  jurisdictions: [j],
  testCases: () => ['case: one', 'case: two'],
  examples: new Map([
    [
      'US-ZZ',
      {
        file: 'examples/us-zz.json',
        asOf: '2021-12-31',
        records: [record],
        evaluations: evaluatePerson(new Map([['US-ZZ', j]]), record, parseIsoDate('2021-12-31')),
      },
    ],
  ]),
  generatedOn: '2026-11-30',
  lawVersion: 'test',
});

describe('the law reference', () => {
  it('case: an index and one page per jurisdiction, linked relatively so they open from disk', () => {
    expect([...files.keys()]).toEqual(['index.html', 'us-zz.html']);
    const index = files.get('index.html')!;
    expect(index).toContain('href="us-zz.html#us-zz-probation-code"');
    expect(index).not.toMatch(/(src|href)="\//);
  });

  it('case: the coverage table shows citation, dates, review status and the number of test cases', () => {
    const index = files.get('index.html')!;
    for (const text of ['Zem. Prob. Code §§ 10–40', '2020-01-01', 'encoded from primary text']) expect(index).toContain(escapeHtml(text));
    expect(index).toMatch(/encoded from primary text<\/span><\/td><td>2<\/td>/);
  });

  it('case: every parameter value appears with its citation, and a changed value is drawn', () => {
    const page = files.get('us-zz.html')!;
    expect(page).toContain('id="us-zz-cap-felonyyears"');
    expect(page).toContain('Zem. Prob. Code § 10(a) (1990 text)');
    expect(page).toMatch(
      /<svg role="img"[^>]*aria-label="Felony probation cap over time: 5 years from 2015-01-01; 2 years from 2020-01-01"/,
    );
  });

  it('case: the offense table and the worked example with its explanation and citations', () => {
    const page = files.get('us-zz.html')!;
    expect(page).toContain('<code>ZPC 100</code>');
    expect(page).toContain('Examples, evaluated as of 2021-12-31');
    expect(page).toContain('2023-03-15');
    expect(page).toContain('[Zem. Prob. Code § 10(a)]');
  });

  it('case: every table sits in a named, focusable box that scrolls sideways, so no page is wider than a phone', () => {
    for (const [name, html] of files) {
      const tables = html.match(/<table>/g)?.length ?? 0;
      const wrapped = html.match(/<div class="table-scroll" role="region" tabindex="0" aria-label="[^"]+"><table>/g)?.length ?? 0;
      expect(tables, name).toBeGreaterThan(0);
      expect(wrapped, name).toBe(tables);
    }
  });

  it('case: text is escaped', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('test case names', () => {
  it('case: it() and test() with any quote, escaped quotes kept', () => {
    const source = `it('case: a', () => {}); test("case: b", () => {}); it(\`case: c\`, () => {}); it('case: it\\'s', () => {}); const split = 1;`;
    expect(testCaseNames(source)).toEqual(['case: a', 'case: b', 'case: c', "case: it's"]);
  });
});

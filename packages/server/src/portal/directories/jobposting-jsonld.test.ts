/** JobPosting JSON-LD and CSV: the shipped samples, malformed items skipped with position and reason, other inputs. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DirectoryFormatError } from './job-fields.ts';
import { parseJobPostingJsonLd } from './jobposting-jsonld.ts';
import { parseJobsCsv } from './jobs-csv.ts';

const sample = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../../../../examples/directories/${name}`, import.meta.url)), 'utf8');

const posting = (extra: Record<string, unknown> = {}) => ({
  '@type': 'JobPosting',
  title: 'Line Cook',
  hiringOrganization: { '@type': 'Organization', name: 'Harbor Kitchen (fictional)' },
  jobLocation: {
    '@type': 'Place',
    address: { '@type': 'PostalAddress', postalCode: '94612', addressLocality: 'Oakland', addressRegion: 'CA' },
  },
  ...extra,
});

describe('parseJobPostingJsonLd', () => {
  it('case: the sample (@graph of 12) reads 12 jobs, none skipped; 7 fair-chance, 1 remote', () => {
    const parsed = parseJobPostingJsonLd(sample('jobs.jsonld'));
    expect(parsed.read).toBe(12);
    expect(parsed.skipped).toEqual([]);
    const jobs = parsed.items.map((i) => i.item);
    expect(jobs.filter((j) => j.fairChance).map((j) => j.sourceKey)).toEqual([
      'job-ca-001',
      'job-ca-002',
      'job-ca-004',
      'job-ca-007',
      'job-mo-001',
      'job-mo-002',
      'job-pa-001',
    ]);
    // Remote, for applicants in California (applicantLocationRequirements "California" → CA).
    expect(jobs.filter((j) => j.remote).map((j) => [j.sourceKey, j.postalCode, j.region])).toEqual([['job-ca-008', null, 'CA']]);
    // HTML in the description is kept as plain text; a single salary value is both ends.
    expect(jobs[0]!.description).toBe(
      'Prep vegetables, sauces and proteins for our lunch program.\nNo experience needed: we train you.\nSteady day shift, Monday to Friday.\nWe welcome applicants with a record.',
    );
    const barback = jobs.find((j) => j.sourceKey === 'job-ca-005')!;
    expect([barback.salaryMin, barback.salaryMax, barback.salaryUnit, barback.salaryCurrency]).toEqual([18, 18, 'HOUR', 'USD']);
  });

  it('case: the CSV sample holds the same 12 jobs, field for field', () => {
    const fromJsonLd = parseJobPostingJsonLd(sample('jobs.jsonld')).items.map((i) => ({ ...i.item, sourceFormat: 'x' }));
    const fromCsv = parseJobsCsv(sample('jobs.csv'));
    expect(fromCsv.read).toBe(12);
    expect(fromCsv.skipped).toEqual([]);
    expect(fromCsv.items.map((i) => ({ ...i.item, sourceFormat: 'x' }))).toEqual(fromJsonLd);
  });

  it('case: malformed items are skipped with their position and reason; the good ones are kept', () => {
    const parsed = parseJobPostingJsonLd(
      JSON.stringify([
        posting({ identifier: 'ok-1' }),
        { '@type': 'Organization', name: 'Not a job' },
        posting({ identifier: 'no-title', title: '  ' }),
        posting({ identifier: 'bad-zip', jobLocation: { address: { postalCode: 'ABCDE' } } }),
        posting({ identifier: { '@type': 'PropertyValue', value: 'bad-date' }, validThrough: 'next week' }),
        posting({ identifier: 'maybe', 'pathways:fairChance': 'maybe' }),
        posting({ identifier: 'no-place', jobLocation: undefined }),
        'just text',
        posting({ identifier: 'ok-2', 'pathways:fairChance': true }),
      ]),
    );
    expect(parsed.read).toBe(9);
    expect(parsed.items.map((i) => [i.position, i.item.sourceKey, i.item.fairChance])).toEqual([
      [1, 'ok-1', false],
      [9, 'ok-2', true],
    ]);
    expect(parsed.skipped).toEqual([
      { position: 2, id: null, reason: '@type is "Organization", not JobPosting.' },
      { position: 3, id: 'no-title', reason: 'title is missing.' },
      { position: 4, id: 'bad-zip', reason: 'jobLocation.address.postalCode "ABCDE" is not a US ZIP code.' },
      { position: 5, id: 'bad-date', reason: 'validThrough "next week" is not an ISO 8601 date.' },
      { position: 6, id: 'maybe', reason: 'pathways:fairChance must be true or false.' },
      { position: 7, id: 'no-place', reason: 'jobLocation.address.postalCode is missing (needed unless the job is remote).' },
      { position: 8, id: null, reason: 'The item is not an object.' },
    ]);
  });

  it('case: one posting in an HTML page’s ld+json script; ZIP+4; url as the key when there is no identifier', () => {
    const page = `<html><head><script type="application/ld+json">${JSON.stringify(
      posting({ url: 'https://jobs.example/1', jobLocation: { address: { postalCode: '94612-1234' } } }),
    )}</script></head><body>Apply</body></html>`;
    const parsed = parseJobPostingJsonLd(page);
    expect(parsed.items.map((i) => [i.item.sourceKey, i.item.postalCode])).toEqual([['https://jobs.example/1', '94612']]);
  });

  it('case: with neither identifier nor url the key is a digest of title, employer, ZIP and date: the same each time', () => {
    const a = parseJobPostingJsonLd(JSON.stringify(posting())).items[0]!.item.sourceKey;
    const b = parseJobPostingJsonLd(JSON.stringify([posting()])).items[0]!.item.sourceKey;
    expect(a).toMatch(/^digest:[0-9a-f]{24}$/);
    expect(b).toBe(a);
    expect(parseJobPostingJsonLd(JSON.stringify(posting({ title: 'Other' }))).items[0]!.item.sourceKey).not.toBe(a);
  });

  it('case: a file that is not JSON, or JSON that holds no postings, is refused whole', () => {
    expect(() => parseJobPostingJsonLd('title,org\n')).toThrow(DirectoryFormatError);
    expect(() => parseJobPostingJsonLd('{"jobs": []}')).toThrow(/Expected a JobPosting/);
    expect(() => parseJobPostingJsonLd('<html><body>no data</body></html>')).toThrow(/no <script/);
  });
});

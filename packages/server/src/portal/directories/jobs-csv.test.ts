/** The CSV reader (RFC 4180) and jobs from CSV rows: quoting, line numbers, header names, skipped rows. */
import { describe, expect, it } from 'vitest';
import { DirectoryFormatError } from './job-fields.ts';
import { parseCsv, parseJobsCsv } from './jobs-csv.ts';

describe('parseCsv', () => {
  it('case: quoted commas, doubled quotes and line breaks; CRLF; a BOM; blank lines skipped; each row’s first line', () => {
    const text = '\uFEFFa,b,c\r\n1,"two, three","say ""hi"""\r\n\r\n4,"five\nlines",6\n7,,\n';
    expect(parseCsv(text)).toEqual([
      { line: 1, cells: ['a', 'b', 'c'] },
      { line: 2, cells: ['1', 'two, three', 'say "hi"'] },
      { line: 4, cells: ['4', 'five\nlines', '6'] },
      { line: 6, cells: ['7', '', ''] },
    ]);
  });

  it('case: a quote never closed refuses the file', () => {
    expect(() => parseCsv('a,b\n1,"open\n')).toThrow(DirectoryFormatError);
  });
});

describe('parseJobsCsv', () => {
  const header = 'identifier,title,hiring_organization,Postal Code,fairChance,workHours,validThrough';
  it('case: header names without regard to case, spaces or underscores; rows become jobs', () => {
    const parsed = parseJobsCsv(`${header}\nj1,Cook,Harbor Kitchen,94612,yes,9am-5pm,2026-12-31\n`);
    expect(parsed.skipped).toEqual([]);
    expect(parsed.items.map((i) => i.item)).toEqual([
      expect.objectContaining({
        sourceKey: 'j1',
        sourceFormat: 'csv',
        title: 'Cook',
        organization: 'Harbor Kitchen',
        postalCode: '94612',
        fairChance: true,
        workHours: '9am-5pm',
        validThrough: '2026-12-31',
      }),
    ]);
  });

  it('case: a short row and bad values are skipped with their data position, line and reason (named by the file’s header)', () => {
    const parsed = parseJobsCsv(
      [
        header,
        'j1,Cook,Harbor Kitchen,94612,no,,',
        'j2,Cook',
        'j3,Cook,Harbor Kitchen,946,no,,',
        '"j4","Cook","","94612","no","",""',
        'j5,Cook,Kitchen,94612,no,,31/12/2026',
      ].join('\n'),
    );
    expect(parsed.read).toBe(5);
    expect(parsed.items.map((i) => i.item.sourceKey)).toEqual(['j1']);
    expect(parsed.skipped).toEqual([
      { position: 2, line: 3, id: 'j2', reason: 'The row has 2 fields; the header has 7.' },
      { position: 3, line: 4, id: 'j3', reason: 'Postal Code "946" is not a US ZIP code.' },
      { position: 4, line: 5, id: 'j4', reason: 'hiring_organization is missing.' },
      { position: 5, line: 6, id: 'j5', reason: 'validThrough "31/12/2026" is not an ISO 8601 date.' },
    ]);
  });

  it('case: no title or employer column, or an empty file, refuses the file', () => {
    expect(() => parseJobsCsv('identifier,hiringOrganization\n1,x\n')).toThrow(/no title column/);
    expect(() => parseJobsCsv('title,postalCode\nCook,94612\n')).toThrow(/no hiringOrganization column/);
    expect(() => parseJobsCsv('')).toThrow(/empty/);
  });
});

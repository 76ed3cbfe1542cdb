/**
 * The masking of anonymous stories, on hand-written examples: each kind it detects (names, places, dates,
 * case and docket numbers, phone numbers, emails), in English and in Spanish; spans that overlap merge into
 * one; words that only look like names or places are left alone; a text with nothing to mask is unchanged;
 * a reviewer's spans are normalized the same way.
 */
import { describe, expect, it } from 'vitest';
import { applyMasks, detectIdentifying, maskStory, normalizeMasks, type MaskSpan } from './masking.ts';

/** What each span covers, with its kind: easier to read in a failure than offsets. */
const found = (text: string, spans: MaskSpan[]) => spans.map((s) => [text.slice(s.start, s.end), s.kind]);
const detect = (text: string, names: string[] = []) => found(text, detectIdentifying(text, { names }));

describe('names', () => {
  it("case: the storyteller's own names from the record, in any letter case, and the display name's words that are names", () => {
    const text = "olivia here. OLIVIA Murphy's story: Murphy is my family name. Call me Liv.";
    expect(detect(text, ['Olivia', 'Murphy', 'Liv Murphy (demo)'])).toEqual([
      ['olivia', 'name'],
      ['OLIVIA', 'name'],
      ['Murphy', 'name'],
      ['Murphy', 'name'],
      ['Liv', 'name'],
    ]);
  });

  it('case: the words of a display name that are not names are never masked', () => {
    const text = 'A person on supervision is a person first. This is a demo.';
    expect(detect(text, ['Person on supervision P-MO-00001 (demo)'])).toEqual([]);
  });

  it('case: given names from the list with the family name after them; titles; "my name is"', () => {
    expect(detect('Then Marcus Johnson came, and Keisha. Ana M. Ruiz helped.')).toEqual([
      ['Marcus Johnson', 'name'],
      ['Keisha', 'name'],
      ['Ana M. Ruiz', 'name'],
    ]);
    expect(detect("Officer Smith and Judge Okafor were fair. Marcus's brother came.")).toEqual([
      ['Smith', 'name'],
      ['Okafor', 'name'],
      ['Marcus', 'name'],
    ]);
    expect(detect('my name is tanisha and I am 30.')).toEqual([['tanisha', 'name']]);
    expect(detect('Me llamo Rosa y mi hijo se llama Diego.')).toEqual([
      ['Rosa', 'name'],
      ['Diego', 'name'],
    ]);
  });

  it('case: capitalised words at the start of a sentence are not names (Will, May and the like are not on the list)', () => {
    expect(detect('Will I make it? May be. Grace is what I got.')).toEqual([]);
  });
});

describe('places', () => {
  it('case: street addresses, with a unit', () => {
    expect(detect('I live at 200 Ridge Road, Apt 4B now. We met at 4512 E. Maple Street. Then 12 Oak St. was home.')).toEqual([
      ['200 Ridge Road, Apt 4B', 'place'],
      ['4512 E. Maple Street', 'place'],
      ['12 Oak St.', 'place'],
    ]);
  });

  it('case: "in/at/from <Place>", a city with its state code and ZIP, states and known cities', () => {
    expect(detect('I moved from Cedar Ridge to Kansas City, MO 64106, then worked at Harbor Kitchen in Missouri.')).toEqual([
      ['Cedar Ridge', 'place'],
      ['Kansas City, MO 64106', 'place'],
      ['Harbor Kitchen', 'place'],
      ['Missouri', 'place'],
    ]);
    expect(detect('St. Louis and Springfield are far apart.')).toEqual([
      ['St. Louis', 'place'],
      ['Springfield', 'place'],
    ]);
    expect(detect('Vivo en Misuri, cerca de Joplin.')).toEqual([
      ['Misuri', 'place'],
      ['Joplin', 'place'],
    ]);
  });

  it('case: after "in" or "at", months, pronouns and institutions are not places', () => {
    expect(detect('In January I went to Court. At Church I prayed. I was in Probation for years. Thanks to God.')).toEqual([]);
  });
});

describe('dates', () => {
  it('case: written dates in English, with or without the year; dates of birth; the year after "born"', () => {
    expect(detect('I was born on March 3, 1985. On the 3rd of March 1985, then Jan 5, then Sept. 2019. Born in 1990.')).toEqual([
      ['March 3, 1985', 'date'],
      ['3rd of March 1985', 'date'],
      ['Jan 5', 'date'],
      ['Sept. 2019', 'date'],
      ['1990', 'date'],
    ]);
  });

  it('case: numeric dates, US and ISO; written dates in Spanish', () => {
    expect(detect('DOB 04/12/1985, released 2021-06-30, court on 6-1-21.')).toEqual([
      ['04/12/1985', 'date'],
      ['2021-06-30', 'date'],
      ['6-1-21', 'date'],
    ]);
    expect(detect('Nací el 12 de marzo de 1985 y salí en enero de 2020.')).toEqual([
      ['12 de marzo de 1985', 'date'],
      ['enero de 2020', 'date'],
    ]);
  });

  it('case: a year alone, a time and an amount are not dates', () => {
    expect(detect('In 2019 I owed $1,250.50 and worked from 9:30 to 5. I was 3 of 12 in class.')).toEqual([]);
  });
});

describe('case numbers, phones and emails', () => {
  it('case: case and docket numbers in their usual forms', () => {
    expect(detect('CR-2019-004512 was closed. Case No. 12345 too, and 19CR1234, and docket 2020-CF-000123, and inmate #A123456.')).toEqual([
      ['CR-2019-004512', 'case_number'],
      ['12345', 'case_number'],
      ['19CR1234', 'case_number'],
      ['2020-CF-000123', 'case_number'],
      ['A123456', 'case_number'],
    ]);
  });

  it('case: "case" followed by a word is not a case number', () => {
    expect(detect('My case was dismissed; in any case I moved on.')).toEqual([]);
  });

  it('case: phone numbers in their usual forms, and email addresses', () => {
    expect(detect('Call (555) 555-0102, 555.555.0103, +1 555 555 0104 or 5555550105; write to olivia.m@example.org.')).toEqual([
      ['(555) 555-0102', 'phone'],
      ['555.555.0103', 'phone'],
      ['+1 555 555 0104', 'phone'],
      ['5555550105', 'phone'],
      ['olivia.m@example.org', 'email'],
    ]);
  });
});

describe('overlaps, the masked text, and nothing to mask', () => {
  it('case: spans that overlap merge into one, named by the longest; the masked text replaces each', () => {
    const text = 'Write to olivia.murphy@example.org or find Olivia in Kansas City.';
    const spans = detectIdentifying(text, { names: ['Olivia', 'Murphy'] });
    // The email holds both names; "Kansas City" holds the state Kansas.
    expect(found(text, spans)).toEqual([
      ['olivia.murphy@example.org', 'email'],
      ['Olivia', 'name'],
      ['Kansas City', 'place'],
    ]);
    expect(applyMasks(text, spans)).toBe('Write to [email] or find [name] in [place].');
  });

  it('case: a given name after "to" is a name and a place at once: the name wins', () => {
    expect(detect('I talked to Marcus.')).toEqual([['Marcus', 'name']]);
  });

  it('case: a text with nothing to mask comes back unchanged, with no spans', () => {
    const text = 'I found a job. My kids are proud of me. Nothing here to hide.';
    expect(maskStory(text)).toEqual({ spans: [], masked: text });
    expect(maskStory('')).toEqual({ spans: [], masked: '' });
  });

  it("case: a reviewer's spans are sorted, clamped, merged (touching ones of one kind too) and the empty dropped", () => {
    const text = 'abcdefghij';
    expect(
      normalizeMasks(text, [
        { start: 6, end: 20, kind: 'place' },
        { start: 0, end: 2, kind: 'name' },
        { start: 2, end: 4, kind: 'name' },
        { start: 5, end: 5, kind: 'date' },
        { start: 1, end: 3, kind: 'date' },
      ]),
    ).toEqual([
      // Two parts as long as each other: the more specific kind (a date) names the union.
      { start: 0, end: 4, kind: 'date' },
      { start: 6, end: 10, kind: 'place' },
    ]);
    expect(applyMasks(text, [{ start: 6, end: 20, kind: 'place' }])).toBe('abcdef[place]');
    expect(applyMasks(text, [{ start: 0, end: 10, kind: 'case_number' }])).toBe('[case number]');
  });
});

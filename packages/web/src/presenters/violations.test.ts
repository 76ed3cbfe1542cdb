import { describe, expect, it } from 'vitest';
import {
  limitText,
  overLimitRefusal,
  refusedLimit,
  MAX_SANCTION_DAYS,
  sanctionDaysError,
  sanctionTakesDays,
  violationBody,
  violationDateError,
  type ViolationForm,
} from './violations.ts';

const today = '2026-06-01';
const form = (patch: Partial<ViolationForm> = {}): ViolationForm => ({
  termId: 'T-1',
  date: '2026-05-30',
  category: 'technical',
  kinds: [],
  status: 'sustained',
  sanctionType: 'jail',
  sanctionDays: '20',
  overrideReason: '',
  ...patch,
});

describe('limitText', () => {
  it('case: a day limit with its citations, no confinement, and no limit', () => {
    expect(limitText({ violationNumber: 2, confinementAllowed: true, maxConfinementDays: 15, citations: ['MCL 771.4b(7)(b)'] })).toBe(
      'Limit for violation 2: up to 15 days in jail or prison, MCL 771.4b(7)(b).',
    );
    expect(limitText({ violationNumber: 1, confinementAllowed: false, maxConfinementDays: 0, citations: ['42 Pa.C.S. § 9771(c)'] })).toBe(
      'Limit for violation 1: no jail or prison, 42 Pa.C.S. § 9771(c).',
    );
    expect(limitText(null)).toMatch(/No statutory limit/);
  });
});

describe('violationBody', () => {
  it('case: the body carries the sanction, kinds and an override reason only when given', () => {
    expect(violationBody(form({ kinds: ['curfew'], overrideReason: '  Absconded twice  ' }), today)).toEqual({
      ok: true,
      body: {
        termId: 'T-1',
        date: '2026-05-30',
        category: 'technical',
        kinds: ['curfew'],
        status: 'sustained',
        sanction: { type: 'jail', days: 20 },
        overrideReason: 'Absconded twice',
      },
    });
    expect(violationBody(form({ sanctionType: '' }), today)).toEqual({
      ok: true,
      body: { termId: 'T-1', date: '2026-05-30', category: 'technical', status: 'sustained' },
    });
  });

  it('case: a future date and days that are not a whole number are refused before sending', () => {
    expect(violationBody(form({ date: '2026-06-02', sanctionDays: '2.5' }), today)).toEqual({
      ok: false,
      errors: { date: 'The date may not be after today (2026-06-01).', sanctionDays: 'Enter a whole number of days, 0 or more.' },
    });
  });

  it('case: a warning sends no days, whatever was typed before the type changed; "other" sends days only when given', () => {
    const warning = violationBody(form({ sanctionType: 'warning', sanctionDays: 'abc' }), today);
    expect(warning).toMatchObject({ ok: true, body: { sanction: { type: 'warning' } } });
    expect(warning.ok && (warning.body.sanction as object)).not.toHaveProperty('days');
    expect(violationBody(form({ sanctionType: 'other', sanctionDays: '' }), today)).toMatchObject({
      body: { sanction: { type: 'other' } },
    });
    expect(violationBody(form({ sanctionType: 'other', sanctionDays: '30' }), today)).toMatchObject({
      body: { sanction: { type: 'other', days: 30 } },
    });
    // Jail or prison left without days is refused, not recorded as 0 days served; 0 typed is 0.
    for (const sanctionType of ['jail', 'prison']) {
      expect(violationBody(form({ sanctionType, sanctionDays: '' }), today)).toEqual({
        ok: false,
        errors: { sanctionDays: 'Enter the days of jail or prison imposed (0 if none).' },
      });
    }
    expect(violationBody(form({ sanctionType: 'jail', sanctionDays: '0' }), today)).toMatchObject({
      body: { sanction: { type: 'jail', days: 0 } },
    });
  });
});

describe('sanction days', () => {
  it('case: asked for jail, prison and other; not for a warning or no sanction', () => {
    expect(['jail', 'prison', 'other', 'warning', ''].filter(sanctionTakesDays)).toEqual(['jail', 'prison', 'other']);
  });

  it('case: a whole number of days, 0 or more, or nothing; anything else says so plainly', () => {
    for (const ok of ['', '0', '14', ' 30 ']) expect(sanctionDaysError(ok), ok).toBeNull();
    for (const bad of ['-5', 'abc', '1.5', '1e3']) expect(sanctionDaysError(bad), bad).toBe('Enter a whole number of days, 0 or more.');
  });

  it('case: a date before the term started is refused before sending, as the server would refuse it', () => {
    expect(violationBody(form({ date: '2026-01-31' }), today, '2026-02-01')).toEqual({
      ok: false,
      errors: { date: 'The date may not be before the term started (2026-02-01).' },
    });
    expect(violationBody(form({ date: '2026-02-01' }), today, '2026-02-01').ok).toBe(true);
    // Without the term's start, only today bounds the date.
    expect(violationBody(form({ date: '1800-01-01' }), today).ok).toBe(true);
    expect(violationDateError('1800-01-01', today, '2026-02-01')).toBe('The date may not be before the term started (2026-02-01).');
    expect(violationDateError('2026-06-02', today, '2026-02-01')).toBe('The date may not be after today (2026-06-01).');
    expect(violationDateError('', today)).toBe('Give the date of the violation.');
  });

  it('case: an override reason longer than the server keeps (2,000 characters) is refused before sending', () => {
    expect(violationBody(form({ overrideReason: 'x'.repeat(2001) }), today)).toEqual({
      ok: false,
      errors: { overrideReason: 'The reason for going above the limit is 2,001 characters long; at most 2,000 are kept. Shorten it.' },
    });
    expect(violationBody(form({ overrideReason: 'x'.repeat(2000) }), today).ok).toBe(true);
  });

  it('case: more days than the server takes (200 years) is said here, not left to the server’s schema message', () => {
    expect(sanctionDaysError(String(MAX_SANCTION_DAYS))).toBeNull();
    for (const bad of [String(MAX_SANCTION_DAYS + 1), '99999999999999999999999'])
      expect(sanctionDaysError(bad), bad).toBe('Enter at most 73,000 days (200 years).');
    const built = violationBody(form({ sanctionType: 'jail', sanctionDays: '400000' }), today);
    expect(built).toEqual({ ok: false, errors: { sanctionDays: 'Enter at most 73,000 days (200 years).' } });
  });
});

describe('overLimitRefusal', () => {
  it('case: says what was refused and what to do in plain words, naming no API field', () => {
    const text = overLimitRefusal('prison', 60);
    expect(text).toBe(
      'A prison sanction of 60 days is more than the law allows for this violation. To record it anyway, give a reason for going above the limit below.',
    );
    expect(text).not.toMatch(/overrideReason/);
    expect(overLimitRefusal('jail', 1)).toContain('of 1 day is');
  });
});

describe('refusedLimit', () => {
  it('case: the limit a 422 names, and nothing from a problem without one', () => {
    const limit = { violationNumber: 2, confinementAllowed: true, maxConfinementDays: 15, citations: ['x'] };
    expect(refusedLimit({ detail: 'above', limit })).toEqual(limit);
    expect(refusedLimit({ detail: 'Term T-9 has no stored evaluation' })).toBeNull();
  });
});

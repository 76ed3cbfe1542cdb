/**
 * The rules of a story's consent: the expiry's bounds (after today, at most three years, a real date), the
 * attributed name, and which changes narrow (at once) and which widen (back to review).
 */
import type { Story } from '@pathways/store';
import { describe, expect, it } from 'vitest';
import { addYears, attributionFor, decideConsent, defaultExpiry, expiryProblem } from './story-consent.ts';

const story = (extra: Partial<Story> = {}): Story => ({
  id: 's-1',
  personId: 'P-1',
  toldBy: 'U-1',
  recordedWith: 'self',
  tier: 'anonymous',
  status: 'published',
  text: 'My story.',
  masks: [],
  attribution: null,
  media: null,
  allCampaigns: false,
  campaignIds: ['a', 'b'],
  expiresOn: '2027-06-01',
  rejectReason: null,
  createdAt: '2026-06-01T00:00:00.000Z',
  submittedAt: '2026-06-01T00:00:00.000Z',
  reviewedAt: null,
  reviewedBy: null,
  publishedAt: null,
  endedAt: null,
  updatedAt: '2026-06-01T00:00:00.000Z',
  ...extra,
});

describe('expiry', () => {
  it('case: a year by default; after today and at most three years ahead; a real date', () => {
    expect(defaultExpiry('2026-06-01')).toBe('2027-06-01');
    expect(addYears('2028-02-29', 1)).toBe('2029-03-01');
    expect(expiryProblem('2026-06-02', '2026-06-01')).toBeUndefined();
    expect(expiryProblem('2029-06-01', '2026-06-01')).toBeUndefined();
    expect(expiryProblem('2026-06-01', '2026-06-01')).toBe('must be after today');
    expect(expiryProblem('2029-06-02', '2026-06-01')).toMatch(/at most 3 years ahead \(2029-06-01 or earlier\)/);
    expect(expiryProblem('2027-02-29', '2026-06-01')).toBe('must be a date (YYYY-MM-DD)');
    expect(expiryProblem('next year', '2026-06-01')).toBe('must be a date (YYYY-MM-DD)');
  });
});

describe('attribution', () => {
  it('case: first name and the family name’s initial; the first name alone without one; nothing without a first name', () => {
    expect(attributionFor({ given: 'Olivia Rose', family: 'murphy' })).toBe('Olivia M.');
    expect(attributionFor({ given: 'Olivia' })).toBe('Olivia');
    expect(attributionFor({ family: 'Murphy' })).toBeUndefined();
    expect(attributionFor(undefined)).toBeUndefined();
  });
});

describe('changes', () => {
  it('case: fewer campaigns, all to some, an earlier expiry: at once, without review', () => {
    expect(decideConsent(story(), { campaignIds: ['a'] })).toEqual({
      changes: { allCampaigns: false, campaignIds: ['a'] },
      toReview: false,
      same: false,
    });
    expect(decideConsent(story({ allCampaigns: true, campaignIds: [] }), { campaignIds: ['a'] }).toReview).toBe(false);
    expect(decideConsent(story(), { expiresOn: '2027-01-01' })).toEqual({
      changes: { expiresOn: '2027-01-01' },
      toReview: false,
      same: false,
    });
  });

  it('case: another campaign, all campaigns, a later expiry, another tier, new words: back to review', () => {
    for (const request of [
      { campaignIds: ['a', 'c'] },
      { allCampaigns: true },
      { expiresOn: '2028-01-01' },
      { tier: 'attributed' as const },
      { text: 'Told again.' },
    ]) {
      expect(decideConsent(story(), request).toReview, JSON.stringify(request)).toBe(true);
    }
  });

  it('case: the same terms change nothing; a rejected story goes back to review on any change; a submitted one stays submitted', () => {
    expect(decideConsent(story(), { campaignIds: ['b', 'a', 'a'], tier: 'anonymous', expiresOn: '2027-06-01' })).toEqual({
      changes: {},
      toReview: false,
      same: true,
    });
    expect(decideConsent(story({ status: 'rejected' }), { campaignIds: ['a'] }).toReview).toBe(true);
    expect(decideConsent(story({ status: 'submitted' }), { allCampaigns: true }).toReview).toBe(false);
  });
});

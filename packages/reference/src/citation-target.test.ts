import { JURISDICTIONS, type Jurisdiction, type ParameterTree } from '@pathways/law';
import { describe, expect, it } from 'vitest';
import { citationTarget, citationTokens, sharedTokens } from './citation-target.ts';

const ca = JURISDICTIONS.get('US-CA') as Jurisdiction<ParameterTree>;

describe('citation tokens', () => {
  it('keeps section numbers whole and splits subsections', () => {
    expect(citationTokens('Cal. Penal Code § 1203.1(l)(2)')).toEqual(['cal', 'penal', 'code', '§', '1203.1', 'l', '2']);
    expect(citationTokens('O.C.G.A. § 42-8-37(c)')).toEqual(['o', 'c', 'g', 'a', '§', '42-8-37', 'c']);
    expect(citationTokens('Cal. Penal Code § 1203a')).toEqual(['cal', 'penal', 'code', '§', '1203a']);
  });

  it('shares nothing when only the code name agrees (1203.1 is not 1203.3)', () => {
    expect(sharedTokens(citationTokens('Cal. Penal Code § 1203.3'), citationTokens('Cal. Penal Code § 1203.1(a)'))).toBe(0);
  });

  it('counts a shared section number, and a whole case name', () => {
    expect(sharedTokens(citationTokens('Cal. Penal Code § 1203.3(b)'), citationTokens('Cal. Penal Code § 1203.3(a)'))).toBe(5);
    expect(sharedTokens(citationTokens('People v. Kite'), citationTokens('People v. Kite (2023) 87 Cal.App.5th 986'))).toBe(3);
  });
});

describe('citation target (California)', () => {
  it('leads a subsection to the provision that encodes it', () => {
    expect(citationTarget(ca, 'Cal. Penal Code § 1203.1(l)(2)')).toEqual({ page: 'us-ca.html', fragment: 'us-ca-pc-1203-1-l2' });
    expect(citationTarget(ca, 'Cal. Penal Code § 1203a(a)')).toEqual({ page: 'us-ca.html', fragment: 'us-ca-pc-1203a' });
  });

  it('follows the first part of a compound citation that matches', () => {
    expect(citationTarget(ca, 'Nowhere v. Nothing; Cal. Penal Code § 1203.1(l)(2)').fragment).toBe('us-ca-pc-1203-1-l2');
  });

  it('leads a case the provision rests on to that provision', () => {
    expect(citationTarget(ca, 'People v. Kite (2023) 87 Cal.App.5th 986').fragment).toBe('us-ca-pc-1203-1-l1');
  });

  it('falls back to the provisions list when nothing matches', () => {
    expect(citationTarget(ca, 'Restatement of Something § 12')).toEqual({ page: 'us-ca.html', fragment: 'provisions' });
  });
});

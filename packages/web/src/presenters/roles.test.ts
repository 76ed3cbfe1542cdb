import { describe, expect, it } from 'vitest';
import { capabilities } from './roles.ts';

describe('capabilities', () => {
  it('case: only a supervisor reviews; officers and supervisors act; a defender only generates documents', () => {
    expect(capabilities('officer')).toEqual({ act: true, review: false, verify: true, documents: true, recordViolation: true });
    expect(capabilities('supervisor').review).toBe(true);
    expect(capabilities('defender')).toEqual({ act: false, review: false, verify: false, documents: true, recordViolation: false });
    expect(Object.values(capabilities('person')).some(Boolean)).toBe(false);
    expect(Object.values(capabilities('advocate')).some(Boolean)).toBe(false);
  });
});

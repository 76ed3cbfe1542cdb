import { describe, expect, it } from 'vitest';
import { capabilities } from './roles.ts';

describe('capabilities', () => {
  it('case: only a supervisor reviews; officers and supervisors act; a defender generates documents and keeps notes', () => {
    expect(capabilities('officer')).toEqual({
      act: true,
      review: false,
      verify: true,
      documents: true,
      recordViolation: true,
      notes: true,
      writeNotes: true,
      messages: true,
      portalLink: true,
      portalProfile: true,
    });
    expect(capabilities('supervisor').review).toBe(true);
    expect(capabilities('defender')).toEqual({
      act: false,
      review: false,
      verify: false,
      documents: true,
      recordViolation: false,
      notes: true,
      writeNotes: true,
      messages: false,
      portalLink: false,
      portalProfile: false,
    });
    expect(Object.values(capabilities('person')).some(Boolean)).toBe(false);
    expect(Object.values(capabilities('advocate')).some(Boolean)).toBe(false);
  });

  it('case: notes mirror note.read (admin, supervisor, officer, defender) and note.write (not the admin)', () => {
    const notes = (role: string) => [capabilities(role).notes, capabilities(role).writeNotes];
    expect(notes('admin')).toEqual([true, false]);
    expect(notes('supervisor')).toEqual([true, true]);
    expect(notes('officer')).toEqual([true, true]);
    expect(notes('defender')).toEqual([true, true]);
    expect(notes('person')).toEqual([false, false]);
    expect(notes('advocate')).toEqual([false, false]);
  });

  it('case: messages, portal links and profiles mirror message.staff, portal.link and portal.profile (officer and supervisor only)', () => {
    const portal = (role: string) => [capabilities(role).messages, capabilities(role).portalLink, capabilities(role).portalProfile];
    expect(portal('officer')).toEqual([true, true, true]);
    expect(portal('supervisor')).toEqual([true, true, true]);
    for (const role of ['admin', 'defender', 'person', 'advocate']) expect(portal(role)).toEqual([false, false, false]);
  });
});

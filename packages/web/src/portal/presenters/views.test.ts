import { describe, expect, it } from 'vitest';
import { roleKey, viewActionKey } from './views.ts';

describe('who looked at the record, in words', () => {
  it('case: known actions and roles have their own words; unknown ones a general one', () => {
    expect(viewActionKey('person.read')).toBe('privacy.actions.person_read');
    expect(viewActionKey('person.list')).toBe('privacy.actions.person_list');
    expect(viewActionKey('document.generate')).toBe('privacy.actions.document_generate');
    expect(viewActionKey('portal.link')).toBe('privacy.actions.portal_link');
    expect(viewActionKey('something.new')).toBe('privacy.actions.other');
    expect(roleKey('officer')).toBe('roles.officer');
    expect(roleKey('robot')).toBe('roles.other');
  });
});

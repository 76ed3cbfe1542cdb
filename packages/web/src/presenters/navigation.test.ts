import { expect, it } from 'vitest';
import { parseRoute } from '../router.ts';
import { currentScreen, navItems } from './navigation.ts';

it('case: supervisors and admins are offered the unit view; officers the caseload and queue; a defender the caseload only', () => {
  expect(navItems('supervisor').map((i) => i.screen)).toEqual(['caseload', 'queue', 'unit']);
  expect(navItems('admin').map((i) => i.screen)).toEqual(['caseload', 'queue', 'unit']);
  expect(navItems('officer').map((i) => i.screen)).toEqual(['caseload', 'queue']);
  expect(navItems('defender').map((i) => i.screen)).toEqual(['caseload']);
  expect(navItems('advocate')).toEqual([]);
});

it('case: a queue tab marks the queue as current; a person page marks nothing', () => {
  expect(currentScreen(parseRoute('/queue/term_cap'))).toBe('queue');
  expect(currentScreen(parseRoute('/unit'))).toBe('unit');
  expect(currentScreen(parseRoute('/'))).toBe('caseload');
  expect(currentScreen(parseRoute('/people/P-1'))).toBeNull();
});

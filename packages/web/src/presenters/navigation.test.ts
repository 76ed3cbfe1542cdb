import { expect, it } from 'vitest';
import { parseRoute } from '../router.ts';
import { currentScreen, navItems, screenAllowed } from './navigation.ts';

it('case: supervisors and admins are offered the unit view; officers and defenders the caseload and queue', () => {
  expect(navItems('supervisor').map((i) => i.screen)).toEqual(['caseload', 'queue', 'unit']);
  expect(navItems('admin').map((i) => i.screen)).toEqual(['caseload', 'queue', 'unit', 'outbox', 'audit']);
  expect(navItems('officer').map((i) => i.screen)).toEqual(['caseload', 'queue']);
  expect(navItems('defender').map((i) => i.screen)).toEqual(['caseload', 'queue']);
  expect(navItems('advocate')).toEqual([]);
});

it('case: a queue tab marks the queue as current; a person page marks nothing', () => {
  expect(currentScreen(parseRoute('/queue/term_cap'))).toBe('queue');
  expect(currentScreen(parseRoute('/unit'))).toBe('unit');
  expect(currentScreen(parseRoute('/'))).toBe('caseload');
  expect(currentScreen(parseRoute('/people/P-1'))).toBeNull();
});

it('case: only an administrator is offered the outbox, and on /outbox it is the current screen', () => {
  expect(navItems('admin').find((i) => i.screen === 'outbox')).toEqual({ screen: 'outbox', href: '/outbox', label: 'Outbox' });
  for (const role of ['supervisor', 'officer', 'defender', 'person', 'advocate']) {
    expect(
      navItems(role).some((i) => i.screen === 'outbox'),
      role,
    ).toBe(false);
  }
  expect(currentScreen(parseRoute('/outbox'))).toBe('outbox');
});

it('case: the audit log is offered to the roles the server lets read it (administrators), current on /audit', () => {
  expect(navItems('admin').find((i) => i.screen === 'audit')).toEqual({ screen: 'audit', href: '/audit', label: 'Audit log' });
  // `audit.read` in packages/server/src/security/permissions.ts.
  const readers = ['admin'];
  for (const role of ['admin', 'supervisor', 'officer', 'defender', 'person', 'advocate']) {
    expect(
      navItems(role).some((i) => i.screen === 'audit'),
      role,
    ).toBe(readers.includes(role));
  }
  expect(parseRoute('/audit')).toEqual({ screen: 'audit' });
  expect(currentScreen(parseRoute('/audit/'))).toBe('audit');
});

it('case: a screen the role is not offered is not allowed; a person page or an unknown address is left to its own answer', () => {
  expect(screenAllowed('officer', parseRoute('/unit'))).toBe(false);
  expect(screenAllowed('officer', parseRoute('/audit'))).toBe(false);
  expect(screenAllowed('defender', parseRoute('/audit'))).toBe(false);
  expect(screenAllowed('supervisor', parseRoute('/outbox'))).toBe(false);
  expect(screenAllowed('admin', parseRoute('/audit'))).toBe(true);
  expect(screenAllowed('defender', parseRoute('/queue/term_cap'))).toBe(true);
  expect(screenAllowed('officer', parseRoute('/people/P-1'))).toBe(true);
  expect(screenAllowed('officer', parseRoute('/no-such-page'))).toBe(true);
  expect(screenAllowed('advocate', parseRoute('/'))).toBe(true);
  expect(screenAllowed('advocate', parseRoute('/queue'))).toBe(false);
});

it('case: an advocate, who reads aggregates only, is refused a person page as a whole rather than shown the 403 under a person heading', () => {
  expect(screenAllowed('advocate', parseRoute('/people/P-CA-00001'))).toBe(false);
  for (const role of ['admin', 'supervisor', 'officer', 'defender'])
    expect(screenAllowed(role, parseRoute('/people/P-CA-00001')), role).toBe(true);
});

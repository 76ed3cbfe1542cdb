import { expect, it } from 'vitest';
import { parseRoute, personPath, queuePath } from './router.ts';

it('case: paths map to screens, and a person path round-trips an odd id', () => {
  expect(parseRoute('/')).toEqual({ screen: 'caseload' });
  expect(parseRoute('/people/P-CA-00001')).toEqual({ screen: 'person', personId: 'P-CA-00001' });
  expect(parseRoute(personPath('A/B C'))).toEqual({ screen: 'person', personId: 'A/B C' });
  expect(parseRoute('/nowhere')).toEqual({ screen: 'not-found' });
});

it('case: the queue names a kind or leaves it to the screen, and refuses an unknown one; the unit view has one path', () => {
  expect(parseRoute('/queue')).toEqual({ screen: 'queue', kind: null });
  expect(parseRoute('/queue/')).toEqual({ screen: 'queue', kind: null });
  expect(parseRoute(queuePath('earned_discharge'))).toEqual({ screen: 'queue', kind: 'earned_discharge' });
  expect(parseRoute(queuePath('term_cap'))).toEqual({ screen: 'queue', kind: 'term_cap' });
  expect(parseRoute('/queue/pardon')).toEqual({ screen: 'not-found' });
  expect(parseRoute('/unit')).toEqual({ screen: 'unit' });
  expect(parseRoute('/unit/x')).toEqual({ screen: 'not-found' });
});

it('case: the outbox has one path, with or without a trailing slash', () => {
  expect(parseRoute('/outbox')).toEqual({ screen: 'outbox' });
  expect(parseRoute('/outbox/')).toEqual({ screen: 'outbox' });
  expect(parseRoute('/outbox/12')).toEqual({ screen: 'not-found' });
  expect(parseRoute('/outboxes')).toEqual({ screen: 'not-found' });
});

it('case: the audit log has one path, with or without a trailing slash', () => {
  expect(parseRoute('/audit')).toEqual({ screen: 'audit' });
  expect(parseRoute('/audit/')).toEqual({ screen: 'audit' });
  expect(parseRoute('/audit/3')).toEqual({ screen: 'not-found' });
});

it('case: a path that is not valid percent-encoded UTF-8 is not found, not a thrown URIError that blanks the app', () => {
  expect(parseRoute('/people/%E0%A4%A')).toEqual({ screen: 'not-found' });
  expect(parseRoute('/people/%')).toEqual({ screen: 'not-found' });
  expect(parseRoute('/queue/%E0')).toEqual({ screen: 'not-found' });
});

import { expect, it } from 'vitest';
import { parseRoute, personPath } from './router.ts';

it('case: paths map to screens, and a person path round-trips an odd id', () => {
  expect(parseRoute('/')).toEqual({ screen: 'caseload' });
  expect(parseRoute('/people/P-CA-00001')).toEqual({ screen: 'person', personId: 'P-CA-00001' });
  expect(parseRoute(personPath('A/B C'))).toEqual({ screen: 'person', personId: 'A/B C' });
  expect(parseRoute('/nowhere')).toEqual({ screen: 'not-found' });
});

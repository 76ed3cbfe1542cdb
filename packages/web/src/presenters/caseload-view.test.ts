import { describe, expect, it } from 'vitest';
import { caseloadSearch, caseloadViewFrom, DEFAULT_CASELOAD_VIEW } from './caseload-view.ts';

describe('the caseload view in the address', () => {
  it('case: a view goes into the query and comes back out the same; the default view leaves no query', () => {
    const view = {
      query: 'Núñez & co',
      filter: 'within30' as const,
      sort: { key: 'projectedEndDate' as const, direction: 'descending' as const },
    };
    const search = caseloadSearch(view);
    expect(search).toBe('?q=N%C3%BA%C3%B1ez+%26+co&status=within30&sort=-projectedEndDate');
    expect(caseloadViewFrom(search)).toEqual(view);
    expect(caseloadSearch(DEFAULT_CASELOAD_VIEW)).toBe('');
    expect(caseloadViewFrom('')).toEqual(DEFAULT_CASELOAD_VIEW);
  });

  it('case: unknown statuses and sort keys fall back to the defaults; other parameters are kept', () => {
    expect(caseloadViewFrom('?status=everything&sort=-age&q=ann')).toEqual({ ...DEFAULT_CASELOAD_VIEW, query: 'ann' });
    expect(caseloadViewFrom('?sort=status').sort).toEqual({ key: 'status', direction: 'ascending' });
    expect(caseloadSearch({ ...DEFAULT_CASELOAD_VIEW, query: 'x' }, '?lang=es&q=old')).toBe('?lang=es&q=x');
    // One view, one address, whatever order the parameters came in.
    expect(caseloadSearch(caseloadViewFrom('?sort=-status&q=a'), '?sort=-status&q=a')).toBe('?q=a&sort=-status');
  });
});

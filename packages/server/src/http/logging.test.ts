import { describe, expect, it } from 'vitest';
import { loggedPath } from './logging.ts';

describe('loggedPath', () => {
  it('case: tokens and person ids are masked, the rest of the path kept, the query dropped', () => {
    expect(loggedPath('/portal/link/abc123?x=1')).toBe('/portal/link/[token]');
    expect(loggedPath('/api/portal/calendar/abc123.ics')).toBe('/api/portal/calendar/[token]');
    expect(loggedPath('/api/public/stories/abc123/media')).toBe('/api/public/stories/[token]/media');
    expect(loggedPath('/stories/demo-shared-link')).toBe('/stories/[token]');
    expect(loggedPath('/supporters/verify/SECRET123')).toBe('/supporters/verify/[token]');
    expect(loggedPath('/api/people/P-CA-00001/notes?reason=free%20text')).toBe('/api/people/[id]/notes');
    expect(loggedPath('/api/people')).toBe('/api/people');
    // As the router reads the path: escapes decoded, slashes repeated, another case.
    expect(loggedPath('/api/%70eople/P-CA-00001')).toBe('/api/people/[id]');
    expect(loggedPath('/%61pi/people/P-CA-00001/notes')).toBe('/api/people/[id]/notes');
    expect(loggedPath('//api/people/P-CA-00001')).toBe('/api/people/[id]');
    expect(loggedPath('/API/people/P-CA-00001')).toBe('/api/people/[id]');
    expect(loggedPath('/portal/%6Cink/SECRET')).toBe('/portal/link/[token]');
    // The workspace's pages for a person.
    expect(loggedPath('/people/P-CA-00001')).toBe('/people/[id]');
    expect(loggedPath('/voices/record/P-CA-00001')).toBe('/voices/record/[id]');
    expect(loggedPath('/api/people/%E0%A4%A')).toBe('/api/people/[id]');
    expect(loggedPath('/api/campaigns/c-1/actions')).toBe('/api/campaigns/c-1/actions');
  });
});

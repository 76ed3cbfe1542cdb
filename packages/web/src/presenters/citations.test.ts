import { describe, expect, it } from 'vitest';
import { citationHref } from './citations.ts';

describe('citation links', () => {
  it('case: the jurisdiction and the citation travel as query parameters, § and spaces encoded', () => {
    expect(citationHref('US-CA', 'Cal. Penal Code § 1203.3(b); People v. Allen')).toBe(
      '/law/cite?jurisdiction=US-CA&citation=Cal.+Penal+Code+%C2%A7+1203.3%28b%29%3B+People+v.+Allen',
    );
  });
});

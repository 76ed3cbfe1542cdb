import { describe, expect, it } from 'vitest';
import { problemLines } from './problems.ts';

describe('problemLines', () => {
  it('case: a refusal of the schema says nothing was changed, then each field error named as the form names it', () => {
    expect(
      problemLines('The request does not match the schema.', [{ path: 'body.snoozedUntil', message: 'must be a date after today' }]),
    ).toEqual(['Nothing was changed: check these fields.', 'snoozed until: must be a date after today']);
  });

  it('case: a field that fails two checks with the same words is named once', () => {
    const phone = { path: 'body.phone', message: 'must be a phone number, such as 555-201-4477 or +1 555 201 4477' };
    expect(problemLines('The request does not match the schema.', [phone, phone])).toEqual([
      'Nothing was changed: check these fields.',
      'phone: must be a phone number, such as 555-201-4477 or +1 555 201 4477',
    ]);
  });

  it('case: any other refusal keeps its own words', () => {
    expect(problemLines('This opportunity was already acted on.', undefined)).toEqual(['This opportunity was already acted on.']);
  });
});

import { describe, expect, it } from 'vitest';
import { clockTime, hoursText, payRange, servicesQuery } from './directory.ts';

describe('the services search', () => {
  it('case: the filters become the query string; "all needs" sends no need', () => {
    expect(servicesQuery({ need: 'id_documents', openNow: true, maxMiles: 10 })).toBe('?need=id_documents&openNow=true&maxMiles=10');
    expect(servicesQuery({ need: null, openNow: false, maxMiles: 50 })).toBe('?maxMiles=50');
  });
});

describe('opening hours in words', () => {
  const weekdays = { freq: 'WEEKLY', byday: 'FR,MO,WE', opensAt: '09:00', closesAt: '17:30', description: null };

  it('case: weekdays in week order and the times, in English and Spanish', () => {
    expect(hoursText(weekdays, 'en')).toBe('Monday, Wednesday, Friday: 9:00 AM – 5:30 PM');
    expect(hoursText(weekdays, 'es')).toBe('lunes, miércoles, viernes: 9:00 a.m. – 5:30 p.m.');
  });

  it('case: an offset or seconds are dropped (the place’s own clock); bad times are not shown', () => {
    expect(clockTime('13:05:00-05:00', 'en')).toBe('1:05 PM');
    expect(clockTime('24:00', 'en')).toBeNull();
    expect(clockTime('noon', 'en')).toBeNull();
  });

  it('case: a monthly rule or no days falls back to the description; nothing usable is null', () => {
    expect(hoursText({ ...weekdays, freq: 'MONTHLY', byday: '2MO', description: 'Second Monday of the month' }, 'en')).toBe(
      'Second Monday of the month',
    );
    expect(hoursText({ ...weekdays, byday: null }, 'en')).toBe('9:00 AM – 5:30 PM');
    expect(hoursText({ freq: null, byday: 'MO', opensAt: null, closesAt: null, description: null }, 'en')).toBeNull();
  });
});

describe('a job’s pay', () => {
  it('case: a range per hour, a single amount per year, none at all', () => {
    expect(payRange({ min: 18, max: 22.5, unit: 'HOUR', currency: 'USD' }, 'en')).toEqual({
      amount: '$18.00 – $22.50',
      unitKey: 'jobs.per.HOUR',
    });
    expect(payRange({ min: null, max: 41000, unit: 'year', currency: null }, 'es')).toEqual({
      amount: '$41,000.00',
      unitKey: 'jobs.per.YEAR',
    });
    expect(payRange({ min: null, max: null, unit: 'HOUR', currency: 'USD' }, 'en')).toBeNull();
    expect(payRange(null, 'en')).toBeNull();
  });
});

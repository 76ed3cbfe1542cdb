import { describe, expect, it } from 'vitest';
import { initialLanguage, isLanguage, localeOf } from './language.ts';

describe('the language a visit starts in', () => {
  it('case: a saved choice wins over the browser', () => {
    expect(initialLanguage('es', ['en-US', 'en'])).toBe('es');
    expect(initialLanguage('en', ['es-MX'])).toBe('en');
  });

  it('case: otherwise the first English or Spanish tag the browser prefers, regional or not', () => {
    expect(initialLanguage(null, ['es-MX', 'en-US'])).toBe('es');
    expect(initialLanguage(null, ['fr-FR', 'ES', 'en'])).toBe('es');
    expect(initialLanguage(null, ['de', 'en-GB', 'es'])).toBe('en');
  });

  it('case: an unknown saved value or no match at all means English', () => {
    expect(initialLanguage('fr', ['fr-FR', 'de'])).toBe('en');
    expect(initialLanguage(null, [])).toBe('en');
    expect(isLanguage('es-MX')).toBe(false);
  });

  it('case: both languages use US conventions', () => {
    expect(localeOf('en')).toBe('en-US');
    expect(localeOf('es')).toBe('es-US');
  });
});

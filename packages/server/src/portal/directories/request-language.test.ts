/** Choosing English or Spanish for a directory answer. */
import { describe, expect, it } from 'vitest';
import { requestLanguage } from './request-language.ts';

describe('requestLanguage', () => {
  it('case: ?lang wins; else the highest-weighted English or Spanish tag; else English', () => {
    expect(requestLanguage('es', 'en-US')).toBe('es');
    expect(requestLanguage(undefined, 'es-MX,es;q=0.9,en;q=0.8')).toBe('es');
    expect(requestLanguage(undefined, 'en;q=0.5, es;q=0.8')).toBe('es');
    expect(requestLanguage(undefined, 'fr-FR, en-GB;q=0.7')).toBe('en');
    expect(requestLanguage(undefined, 'fr-FR, es;q=0')).toBe('en');
    expect(requestLanguage('de', undefined)).toBe('en');
  });
});

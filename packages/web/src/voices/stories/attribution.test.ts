import { describe, expect, it } from 'vitest';
import { endingSentence } from './attribution.ts';

describe('endingSentence', () => {
  it('case: a name ending in an initial keeps its one period; any other name gets one', () => {
    expect(`Shown as ${endingSentence('Ana R.')}`).toBe('Shown as Ana R.');
    expect(`Shown as ${endingSentence('Ana')}`).toBe('Shown as Ana.');
  });
});

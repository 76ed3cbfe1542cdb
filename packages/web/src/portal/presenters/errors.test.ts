import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client.ts';
import { errorKey, signInErrorKey } from './errors.ts';

describe('errors in plain words', () => {
  it('case: each status names a kind of failure; a failed fetch is the connection', () => {
    expect(errorKey(new TypeError('Failed to fetch'))).toBe('errors.network');
    expect(errorKey(new ApiError(401, 'x'))).toBe('errors.signedOut');
    expect(errorKey(new ApiError(403, 'x'))).toBe('errors.forbidden');
    expect(errorKey(new ApiError(404, 'x'))).toBe('errors.notFound');
    expect(errorKey(new ApiError(429, 'x'))).toBe('errors.tooMany');
    expect(errorKey(new ApiError(400, 'x'))).toBe('errors.invalid');
    expect(errorKey(new ApiError(502, 'x'))).toBe('errors.server');
  });

  it('case: sign-in steps name their own likely cause', () => {
    expect(signInErrorKey(new ApiError(401, 'x'), 'code')).toBe('signIn.errors.wrongCode');
    expect(signInErrorKey(new ApiError(410, 'x'), 'link')).toBe('signIn.errors.badLink');
    expect(signInErrorKey(new ApiError(400, 'x'), 'address')).toBe('signIn.errors.badAddress');
    expect(signInErrorKey(new ApiError(429, 'x'), 'address')).toBe('signIn.errors.tooMany');
    expect(signInErrorKey(new ApiError(500, 'x'), 'code')).toBe('errors.server');
    expect(signInErrorKey(new TypeError('offline'), 'link')).toBe('errors.network');
  });
});

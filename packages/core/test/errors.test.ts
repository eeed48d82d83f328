// The error classes as users meet them: names, guards, and instanceof across the ESM and CJS builds.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// The built files, as a user's bundler or Node would load them (pnpm test builds first).
const esm = (await import('../dist/index.js' as string)) as typeof import('../src/index');
const cjs = createRequire(import.meta.url)('../dist/index.cjs') as typeof esm;

const headers = new Headers();
const init = { status: 404, body: {}, headers, method: 'GET', url: 'https://x/y' };

describe('errors across builds', () => {
  it('instanceof holds between an error from the CJS build and the ESM classes, and back', () => {
    const fromCjs = new cjs.NotFoundError(init);
    expect(fromCjs).toBeInstanceOf(esm.NotFoundError);
    expect(fromCjs).toBeInstanceOf(esm.ApiError);
    expect(fromCjs).toBeInstanceOf(esm.SdkError);
    expect(fromCjs).not.toBeInstanceOf(esm.RateLimitError);
    const fromEsm = new esm.RateLimitError({ ...init, status: 429, retryAfter: 1000 });
    expect(fromEsm).toBeInstanceOf(cjs.RateLimitError);
    expect(cjs.ApiError.is(fromEsm)).toBe(true);
    expect(cjs.TimeoutError.is(fromEsm)).toBe(false);
    expect(fromEsm).toBeInstanceOf(Error);
  });

  it('has literal names and plain guards', () => {
    const timeout = new esm.TimeoutError({ method: 'GET', url: 'https://x', timeout: 5 });
    expect(timeout.name).toBe('TimeoutError');
    expect(new esm.ConnectionError({ method: 'GET', url: 'https://x' }).name).toBe('ConnectionError');
    expect(new esm.NotFoundError(init).name).toBe('NotFoundError');
    expect(esm.SdkError.is(new Error('x'))).toBe(false);
    expect(esm.ApiError.is(null)).toBe(false);
    expect(esm.ApiError.is({ status: 404 })).toBe(false);
  });

  it('serialises to JSON without the stack', () => {
    const json = JSON.parse(
      JSON.stringify(new esm.NotFoundError({ ...init, message: 'Pipeline not found' })),
    );
    expect(json).toEqual({
      name: 'NotFoundError',
      message: '404 Pipeline not found: GET https://x/y',
      status: 404,
      method: 'GET',
      url: 'https://x/y',
      body: {},
    });
  });
});

// errorBodyReader: a vendor's error body read from the field paths its spec names (x-sdk-error-body).
import { describe, expect, it } from 'vitest';
import { errorBodyReader, withDefaults } from '../src/internal';

describe('errorBodyReader', () => {
  it('tries the message templates in order, each only when every field it names is there', () => {
    const { errorMessage } = errorBodyReader({
      message: ['{error.message} ({error.code})', '{error.message}'],
    });
    expect(errorMessage({ error: { message: 'Bad model', code: 'invalid_model' } })).toBe(
      'Bad model (invalid_model)',
    );
    expect(errorMessage({ error: { message: 'Bad model', code: '' } })).toBe('Bad model');
    expect(errorMessage({ error: { message: { nested: true } } })).toBeUndefined();
  });

  it("falls back to core's default search, and joins the items of a list path", () => {
    const { errorMessage } = errorBodyReader({ message: ['{message}: {details.*.message}'] });
    expect(
      errorMessage({ message: 'Invalid pipeline', details: [{ message: 'a' }, { message: 'b' }, {}] }),
    ).toBe('Invalid pipeline: a; b');
    expect(errorMessage({ message: 'Invalid pipeline', details: [] })).toBe('Invalid pipeline');
    expect(errorMessage({ detail: 'Not authenticated' })).toBe('Not authenticated');
    expect(errorMessage(null)).toBeUndefined();
  });

  it('adds the hint of a message that is one of the codes it knows', () => {
    const { errorMessage } = errorBodyReader({ message: ['{error}'], hints: { missing_key: 'set THE_KEY' } });
    expect(errorMessage({ error: 'missing_key' })).toBe('missing_key: set THE_KEY');
    expect(errorMessage({ error: 'invalid_token' })).toBe('invalid_token');
  });

  it('reads the retry wait in seconds from the first field that holds a number, and ignores what is not a wait', () => {
    const { retryHint } = errorBodyReader({ retryAfterSeconds: ['error.retryAfter', 'retryAfter'] });
    expect(retryHint({ retryAfter: 2 })).toBe(2000);
    expect(retryHint({ error: { retryAfter: 1 }, retryAfter: 5 })).toBe(1000);
    expect(retryHint({ error: 'rate limited', retryAfter: 3 })).toBe(3000);
    expect(retryHint({ retryAfter: -1 })).toBeUndefined();
    expect(retryHint({ retryAfter: 'soon' })).toBeUndefined();
    expect(retryHint(null)).toBeUndefined();
    expect(errorBodyReader({}).retryHint({ retryAfter: 2 })).toBeUndefined();
  });

  it('reads the request id from the body', () => {
    const { errorRequestId } = errorBodyReader({ requestId: ['error.request_id'] });
    expect(errorRequestId({ error: { request_id: 'req_1' } })).toBe('req_1');
    expect(errorRequestId({ error: {} })).toBeUndefined();
  });
});

describe('withDefaults', () => {
  it('keeps a default where the caller passed undefined, one level deep', () => {
    const merged = withDefaults(
      { maxRetries: 5, retry: { initialDelay: 1000, maxDelay: 30_000 }, headers: { 'X-A': 'a' } },
      {
        maxRetries: undefined,
        timeout: 10,
        retry: { maxDelay: undefined, maxRetryAfter: 5 },
        headers: { 'X-B': 'b' },
      },
    );
    expect(merged).toEqual({
      maxRetries: 5,
      timeout: 10,
      retry: { initialDelay: 1000, maxDelay: 30_000, maxRetryAfter: 5 },
      headers: { 'X-A': 'a', 'X-B': 'b' },
    });
  });

  it('lets a set value win, and replaces what is not a plain object', () => {
    const fetchA = () => Promise.resolve(new Response());
    expect(withDefaults({ maxRetries: 5, fetch: undefined }, { maxRetries: 0, fetch: fetchA })).toEqual({
      maxRetries: 0,
      fetch: fetchA,
    });
  });
});

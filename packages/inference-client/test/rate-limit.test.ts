// NeoSpace's 429 carries no Retry-After header: the wait is `error.retryAfter` (seconds) in the body, which
// the client's retry policy honours (core's `retry.retryHint`).
// rate-limit.http.test.ts checks the same against a real server.
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { RateLimitError } from '../src/index';
import { client, mock, queriesDuring, server, useMockServer } from './setup';

useMockServer();

describe("against the mock's rate-limit scenario", () => {
  it('answers NeoSpace 429s (headers and body) that the client rides out', async () => {
    server.use(mock.scenarios.rateLimited('GET /v1/actions', { retryAfterSeconds: 0.05, times: 2 }));
    const queries = await queriesDuring(() => client().actions.list({ limit: 5 }), '/v1/actions');
    expect(queries).toEqual(['?limit=5', '?limit=5', '?limit=5']);

    server.use(mock.scenarios.rateLimited('GET /v1/models', { retryAfterSeconds: 30, limit: 300 }));
    const error = await client({ maxRetries: 0 })
      .models.list()
      .catch((e) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.headers.get('retry-after')).toBeNull();
    expect(error.headers.get('x-ratelimit-limit')).toBe('300');
    expect(error.headers.get('x-ratelimit-remaining')).toBe('0');
    // Unix seconds on the mock's clock (2026-01-01T00:00:00Z until a record is stamped), plus the wait.
    expect(error.headers.get('x-ratelimit-reset')).toBe(String(Date.UTC(2026, 0, 1, 0, 0, 30) / 1000));
    expect(error.body).toMatchObject({
      error: { type: 'rate_limit_error', code: 'rate_limit_exceeded', status: 429, retryAfter: 30 },
    });
  });

  it('takes X-RateLimit-Reset from the mock clock, which records move on and reset() puts back', async () => {
    const resetOf = async () => {
      server.use(mock.scenarios.rateLimited('GET /v1/models', { retryAfterSeconds: 10 }));
      const error = await client({ maxRetries: 0 })
        .models.list()
        .catch((e) => e);
      return error.headers.get('x-ratelimit-reset');
    };
    await client().dataModels.create({ name: 'dm' }); // two readings: created_at and updated_at
    expect(await resetOf()).toBe(String(Date.UTC(2026, 0, 1, 0, 0, 12) / 1000));
    mock.reset();
    expect(await resetOf()).toBe(String(Date.UTC(2026, 0, 1, 0, 0, 10) / 1000));
  });
});

describe('the retry hint', () => {
  /** One 429 on GET /v1/models whose body carries `body`; then the mock answers as usual. */
  const limitedOnce = (body: object) =>
    server.use(
      mock.http.untyped.get(
        'https://api.neospace.ai/v1/models',
        () =>
          HttpResponse.json(
            { error: { message: 'Slow down', code: 'rate_limit_exceeded' }, ...body },
            { status: 429 },
          ),
        { once: true },
      ),
    );

  it('reads a top-level `retryAfter` (seconds) when `error` has none', async () => {
    limitedOnce({ retryAfter: 0.05 });
    const error = await client({ maxRetries: 0 })
      .models.list()
      .catch((e) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfter).toBe(50);

    limitedOnce({ retryAfter: 0.05 });
    const started = performance.now();
    await expect(client().models.list()).resolves.toMatchObject({ count: 2 });
    expect(performance.now() - started).toBeGreaterThanOrEqual(45);
  });
});

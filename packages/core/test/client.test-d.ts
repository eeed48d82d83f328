// Public types: what a typed client accepts and returns, and what it refuses at compile time.
import { describe, expectTypeOf, it } from 'vitest';
import { createApiClient, type PagePromise, paginate } from '../src/index';
import type { Item, paths } from './support/paths';

const api = createApiClient<paths>({ baseUrl: 'https://api.example.test' });

describe('ApiClient types', () => {
  it('types the success body from the path and method', () => {
    expectTypeOf(
      api.request('get', '/items/{id}', { params: { path: { id: 'a' } } }),
    ).resolves.toEqualTypeOf<Item>();
    expectTypeOf(api.request('post', '/items', { body: { name: 'n' } })).resolves.toEqualTypeOf<Item>();
  });

  it('refuses unknown paths, wrong methods, missing params and wrong bodies', () => {
    // @ts-expect-error no such path
    api.request('get', '/nope');
    // @ts-expect-error /items has no PATCH
    api.request('patch', '/items', {});
    // @ts-expect-error the path parameter is required
    api.request('get', '/items/{id}', {});
    // @ts-expect-error name must be a string
    api.request('post', '/items', { body: { name: 1 } });
    // @ts-expect-error timeout is a number of ms
    api.request('get', '/items/{id}', { params: { path: { id: 'a' } }, timeout: '5s' });
  });

  it('accepts per-call options next to the parameters', () => {
    api.request('get', '/items/{id}', {
      params: { path: { id: 'a' } },
      signal: AbortSignal.timeout(10),
      timeout: 100,
      maxRetries: 0,
    });
  });

  it('refuses fetch init fields the client would not send', () => {
    // @ts-expect-error credentials is not sent by the client; it is not accepted either
    api.request('get', '/items', { credentials: 'include' });
    // @ts-expect-error neither is a per-call baseUrl
    api.raw.GET('/items', { baseUrl: 'https://elsewhere.test' });
  });

  it('types .raw as openapi-fetch does: data on success, the error body otherwise', async () => {
    const { data, error, response } = await api.raw.GET('/items/{id}', { params: { path: { id: 'a' } } });
    expectTypeOf(response).toEqualTypeOf<Response>();
    if (error) expectTypeOf(error).toEqualTypeOf<{ detail: string }>();
    else expectTypeOf(data).toEqualTypeOf<Item>();
    // @ts-expect-error the path parameter is required
    api.raw.GET('/items/{id}', {});
    // @ts-expect-error /items has no PATCH
    api.raw.PATCH('/items', {});
  });

  it('types pages and items of a paginated list', () => {
    const list = paginate<{ items: Item[] }, Item>(
      (query) => api.request('get', '/items', { params: { query } }),
      { style: 'cursor', items: 'items' },
    );
    expectTypeOf(list).toEqualTypeOf<PagePromise<{ items: Item[] }, Item>>();
    expectTypeOf(list).resolves.toEqualTypeOf<{ items: Item[] }>();
    expectTypeOf(list).toMatchTypeOf<AsyncIterable<Item>>();
  });
});

// The typed handlers accept the spec's paths, params and bodies, and refuse others at compile time.
import { HttpResponse } from 'msw';
import { describe, expectTypeOf, it } from 'vitest';
import { createTypedHttp } from '../src/msw/index';
import type { Item, paths } from './support/paths';

const http = createTypedHttp<paths>({ baseUrl: 'https://api.example.test' });

describe('createTypedHttp types', () => {
  it('types params, body and the answer', () => {
    http.get('/items/{id}', ({ params }) => {
      expectTypeOf(params.id).toEqualTypeOf<string>();
      return { id: params.id, name: 'n' };
    });
    http.post('/items', async ({ body }) => {
      expectTypeOf(await body()).toEqualTypeOf<{ name: string; size?: number }>();
      return HttpResponse.json({ error: 'any Response is fine' }, { status: 400 });
    });
    http.get('/items', () => ({ items: [] as Item[], next_cursor: null }));
  });

  it('refuses what the spec does not have', () => {
    // @ts-expect-error no such path
    http.get('/nope', () => undefined);
    // @ts-expect-error /items has no PATCH
    http.patch('/items', () => undefined);
    // @ts-expect-error the answer must match the success body
    http.get('/items/{id}', () => ({ id: 1 }));
    http.get('/items/{id}', ({ params }) => {
      // @ts-expect-error no such path parameter
      params.item_id;
      return undefined;
    });
  });
});

// Path parameters stay in their own segment or are refused; query names and deepObject keys are encoded as
// values are. Property tests (fast-check) over any string, through the public client and a recording fetch.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ClientOptions, createApiClient, UsageError } from '../src/index';
import type { paths } from './support/paths';

function recording(querySerializer?: ClientOptions['querySerializer']) {
  const urls: string[] = [];
  const api = createApiClient<paths>({
    baseUrl: 'https://api.example.test/v1',
    querySerializer,
    fetch: async (input) => {
      urls.push(String(input));
      return Response.json({ id: 'a', name: 'n', items: [], next_cursor: null });
    },
  });
  return { api, urls };
}

describe('a path parameter', () => {
  it('either round-trips inside its own segment, or is refused with a UsageError naming it', async () => {
    for (const serializer of [undefined, { allowReserved: true }]) {
      const { api, urls } = recording(serializer);
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(fc.string(), fc.constantFrom('.', '..', '%2e', '%2E%2e', './', '../x', 'a/..')),
          async (id) => {
            urls.length = 0;
            const sent = await api.request('get', '/items/{id}', { params: { path: { id } } }).then(
              () => true,
              (error) => {
                expect(error).toBeInstanceOf(UsageError);
                expect(error.message).toContain('`id`');
                return false;
              },
            );
            if (!sent) {
              expect(urls).toEqual([]);
              return;
            }
            // What the server sees after URL parsing: exactly /v1/items/<one segment that decodes to id>.
            const segments = new URL(urls[0]!).pathname.split('/');
            expect(segments.slice(0, 3)).toEqual(['', 'v1', 'items']);
            expect(segments).toHaveLength(4);
            expect(decodeURIComponent(segments[3]!)).toBe(id);
          },
        ),
        { numRuns: 300 },
      );
    }
  });

  it.each(['.', '..', '%2e', '%2E%2E', '.%2e'])('%j is refused before anything is sent', async (id) => {
    const { api, urls } = recording();
    const error = await api.request('delete', '/items/{id}', { params: { path: { id } } }).catch((e) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toMatch(/path parameter `id` of \/items\/\{id\} cannot be/);
    expect(urls).toEqual([]);
  });

  it('given as a list (generated clients), is checked the same way', async () => {
    const { api } = recording();
    await expect(api.request('get', '/items/{id}', { params: { path: ['..'] } } as never)).rejects.toThrow(
      /path parameter `id`/,
    );
  });
});

describe('query parameter names and object keys', () => {
  it('are percent-encoded: a name cannot add a parameter or end the URL', async () => {
    const { api, urls } = recording();
    await api.request('get', '/items', { params: { query: { 'x&admin=true#': '1', after: 'z' } as never } });
    const url = new URL(urls[0]!);
    expect([...url.searchParams]).toEqual([
      ['x&admin=true#', '1'],
      ['after', 'z'],
    ]);
    expect(url.hash).toBe('');
  });

  it('round-trip for any name and any deepObject key', async () => {
    const { api, urls } = recording();
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1 }),
        fc.string({ minLength: 1 }),
        fc.string(),
        async (name, key, value) => {
          urls.length = 0;
          await api.request('get', '/items', {
            params: { query: { [name]: { [key]: value }, tail: 't' } as never },
          });
          const params = [...new URL(urls[0]!).searchParams];
          expect(params).toEqual([
            [`${name}[${key}]`, value],
            ['tail', 't'],
          ]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

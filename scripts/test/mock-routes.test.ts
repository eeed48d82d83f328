// The mock route table the generator writes for the mock engine (`createMockApi`), from the fixture spec.
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script with no type declarations
import { mockRoutes, mockRoutesModule } from '../generator/mock-routes-module.mjs';
import { json, spec } from './support/fixture-spec';

const item = { type: 'object', properties: { id: { type: 'string' } } };
/** The fixture plus a static path beside a `{param}` one, a `$ref` body and a bounded page size. */
const withExtras = {
  ...spec,
  components: {
    schemas: { Rename: { type: 'object', properties: { name: { type: 'string' } } } },
    parameters: {
      limit: { name: 'limit', in: 'query', schema: { type: 'integer', default: 20, maximum: 100 } },
    },
  },
  paths: {
    ...spec.paths,
    '/items/{item_id}': {
      ...spec.paths['/items/{item_id}'],
      patch: {
        operationId: 'renameItem',
        requestBody: { ...json({ $ref: '#/components/schemas/Rename' }) },
        responses: { '200': { description: 'ok', ...json(item) } },
      },
    },
    '/items/counts': {
      get: { operationId: 'countItems', responses: { '200': { description: 'ok', ...json(item) } } },
    },
    '/runs': {
      get: {
        operationId: 'listRuns',
        'x-pagination': { style: 'offset', items: 'data', total: 'total' },
        parameters: [{ $ref: '#/components/parameters/limit' }],
        responses: { '200': { description: 'ok', ...json(item) } },
      },
    },
  },
};

type Route = { operationId: string; path: string; [k: string]: unknown };
const byId = (routes: Route[], id: string) => routes.find((r) => r.operationId === id);

describe('mock routes', () => {
  const routes: Route[] = mockRoutes(withExtras);

  it('lists every operation with its method, path, schemas key and success status', () => {
    expect(routes.map((r) => r.operationId).sort()).toEqual(
      [
        'countItems',
        'createItem',
        'getItem',
        'listItems',
        'listRuns',
        'putFile',
        'renameItem',
        'uploadFile',
      ].sort(),
    );
    expect(byId(routes, 'createItem')).toMatchObject({
      method: 'post',
      path: '/items',
      key: 'POST /items',
      status: 201,
    });
    expect(byId(routes, 'putFile')).toMatchObject({ status: 204 });
    expect(byId(routes, 'getItem')).not.toHaveProperty('body');
  });

  it('puts a static segment before a {param} in the same place, so msw matches the specific path', () => {
    const paths = routes.map((r) => r.path);
    expect(paths.indexOf('/items/counts')).toBeLessThan(paths.indexOf('/items/{item_id}'));
  });

  it("gives the request body's kind, whether it is required, and its schema's name when it is a $ref", () => {
    expect(byId(routes, 'createItem')?.body).toEqual({ kind: 'json', required: true });
    expect(byId(routes, 'renameItem')?.body).toEqual({ kind: 'json', schema: 'Rename', required: false });
    expect(byId(routes, 'uploadFile')?.body).toMatchObject({ kind: 'multipart' });
    expect(byId(routes, 'putFile')?.body).toMatchObject({ kind: 'binary' });
  });

  it("gives a list's x-pagination with the page-size parameter's default and maximum from its schema", () => {
    expect(byId(routes, 'listItems')?.pagination).toEqual({
      style: 'cursor',
      items: 'items',
      nextCursor: 'next',
    });
    expect(byId(routes, 'listRuns')?.pagination).toEqual({
      style: 'offset',
      items: 'data',
      total: 'total',
      limit: { param: 'limit', default: 20, maximum: 100 },
    });
  });

  it('writes a module whose Operations type maps each operationId to its paths[P][M] type', () => {
    const text: string = mockRoutesModule(withExtras, 'specs/fixture.yaml');
    expect(text).toContain("  renameItem: paths['/items/{item_id}']['patch'];");
    expect(text).toContain("  countItems: paths['/items/counts']['get'];");
    expect(text).toMatch(/export const routes: readonly MockRoute<keyof Operations & string>\[\] = \[/);
  });
});

// A route table as the generator writes it (src/generated/mock-routes.ts) for the small API in ./paths.
import type { MockRoute } from '../../src/msw/index';
import type { paths } from './paths';

export interface Operations {
  countItems: { parameters: {}; responses: { 200: { content: { 'application/json': { count: number } } } } };
  getItem: paths['/items/{id}']['get'];
  deleteItem: paths['/items/{id}']['delete'];
  listItems: paths['/items']['get'];
  createItem: paths['/items']['post'];
}

export const routes: readonly MockRoute<keyof Operations>[] = [
  { operationId: 'countItems', method: 'get', path: '/items/count', key: 'GET /items/count', status: 200 },
  { operationId: 'getItem', method: 'get', path: '/items/{id}', key: 'GET /items/{id}', status: 200 },
  {
    operationId: 'deleteItem',
    method: 'delete',
    path: '/items/{id}',
    key: 'DELETE /items/{id}',
    status: 204,
  },
  {
    operationId: 'listItems',
    method: 'get',
    path: '/items',
    key: 'GET /items',
    status: 200,
    pagination: {
      style: 'cursor',
      items: 'items',
      nextCursor: 'next_cursor',
      limit: { param: 'limit', default: 2, maximum: 3 },
    },
  },
  {
    operationId: 'createItem',
    method: 'post',
    path: '/items',
    key: 'POST /items',
    status: 201,
    body: { kind: 'json', required: true },
  },
];

/** The request schemas by `METHOD /path`, as the generated schemas.ts holds them. */
export const operations = {
  'POST /items': {
    operationId: 'createItem',
    request: {
      type: 'object',
      required: ['name'],
      properties: { name: { type: 'string' }, size: { type: 'integer' } },
    },
  },
} as const;

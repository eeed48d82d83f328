// The resource binding's resolvers take the types of the operation they answer: the checked body in
// create/update, params and the answer in with(); a row that misses a field is a compile error.
import { HttpResponse } from 'msw';
import { describe, expectTypeOf, it } from 'vitest';
import { createCollection, createMockApi, defineResource, type MockResolvers } from '../src/msw/index';
import type { Item } from './support/paths';
import { type Operations, routes } from './support/mock-routes';

const errors = {
  invalid: () => HttpResponse.json({}, { status: 422 }),
  notFound: () => HttpResponse.json({}, { status: 404 }),
  methodNotAllowed: () => HttpResponse.json({}, { status: 405 }),
};
type Row = Item & { owner: string };
const items = defineResource(createCollection<Row>(), {
  param: 'id',
  scope: { field: 'owner', param: () => 'me' },
  notFound: () => errors.notFound(),
  view: ({ owner: _o, ...item }) => item,
});

describe('defineResource types', () => {
  it('types the body, params and answer by the operation each resolver is given to', () => {
    createMockApi<Operations>({
      baseUrl: 'https://x.test',
      routes,
      errors,
      resolvers: {
        ...items.crud({ list: 'listItems', get: 'getItem', remove: 'deleteItem' }),
        createItem: items.create({
          build: (body) => {
            expectTypeOf(body).toEqualTypeOf<{ name: string; size?: number }>();
            return { name: body.name }; // the scope field (owner) is set by the resource
          },
        }),
        countItems: items.with((row, { params }) => {
          expectTypeOf(row).toEqualTypeOf<Row>();
          expectTypeOf(params).toEqualTypeOf<{}>();
          return { count: row.name.length };
        }),
      },
    });
    expectTypeOf(items.view).returns.toEqualTypeOf<Omit<Row, 'owner'>>();
  });

  it('rejects a built row without its fields and an answer of the wrong shape', () => {
    createMockApi<Operations>({
      baseUrl: 'https://x.test',
      routes,
      errors,
      resolvers: {
        // @ts-expect-error a built row needs `name`
        createItem: items.create({ build: () => ({ size: 1 }) }),
        // @ts-expect-error the answer must be the operation's success body
        countItems: items.with(() => ({ count: 'many' })),
      },
    });
    const nameless = defineResource(createCollection<Row>(), {
      param: 'id',
      notFound: errors.notFound,
      view: ({ name: _n, ...rest }) => rest,
    });
    const resolvers: MockResolvers<Operations> = {
      // @ts-expect-error the resource's view is not what this operation answers
      createItem: nameless.create({ build: (body) => ({ ...body, owner: 'me' }) }),
    };
    expectTypeOf(resolvers).toBeObject();
  });
});

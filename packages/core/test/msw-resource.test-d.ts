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

  it('rejects a ready list, get, update or remove given to an operation its view does not answer', () => {
    const nameless = defineResource(createCollection<Row>(), {
      param: 'id',
      notFound: errors.notFound,
      view: ({ name: _n, ...rest }) => rest,
    });
    // @ts-expect-error the view drops `name`, which the list's items need
    const fromCrud: MockResolvers<Operations> = { ...nameless.crud({ list: 'listItems' }) };
    // @ts-expect-error the view drops `name`, which the answer needs
    const fromGet: MockResolvers<Operations> = { ...nameless.crud({ get: 'getItem' }) };
    const direct: MockResolvers<Operations> = {
      // @ts-expect-error the view drops `name`, which the list's items need
      listItems: nameless.list(),
      // @ts-expect-error the view drops `name`, which the answer needs
      getItem: nameless.get(),
      // @ts-expect-error remove answers no body; this operation answers an Item
      createItem: items.remove(),
      // @ts-expect-error a with() that answers the nameless view is not an Item
      countItems: nameless.with((row) => nameless.view(row)),
    };
    // @ts-expect-error remove answers no body; getItem answers an Item
    const removed: MockResolvers<Operations> = { ...items.crud({ remove: 'getItem' }) };
    const fits: MockResolvers<Operations> = {
      ...items.crud({ list: 'listItems', get: 'getItem', remove: 'deleteItem' }),
      getItem: items.get(),
      listItems: items.list(),
    };
    expectTypeOf([fromCrud, fromGet, direct, removed, fits]).toBeArray();
  });

  it('rejects a crud update whose body is not a patch of the row or whose view is not the answer', () => {
    type Patch<B, A> = {
      parameters: { path: { id: string } };
      requestBody: { content: { 'application/json': B } };
      responses: { 200: { content: { 'application/json': A } } };
    };
    interface Updates {
      rename: Patch<{ name?: string }, Omit<Row, 'owner'>>;
      recolour: Patch<{ colour: string }, Omit<Row, 'owner'>>;
      renameToCount: Patch<{ name?: string }, { count: number }>;
    }
    const fits: MockResolvers<Updates> = { ...items.crud({ update: 'rename' }) };
    // @ts-expect-error `colour` is not a field of the row, so merging the body would store it
    const extraField: MockResolvers<Updates> = { ...items.crud({ update: 'recolour' }) };
    // @ts-expect-error the view is not what this operation answers
    const otherAnswer: MockResolvers<Updates> = { ...items.crud({ update: 'renameToCount' }) };
    expectTypeOf([fits, extraField, otherAnswer]).toBeArray();
  });

  it('lets a collection whose id field is made take a row without it, and types that key', () => {
    const tokens = createCollection<{ token_id: string; name: string }, 'token_id'>({ idField: 'token_id' });
    expectTypeOf(tokens.insert({ name: 'ci' })).toEqualTypeOf<{ token_id: string; name: string }>();
    // @ts-expect-error a row still needs its other fields
    tokens.insert({});
    // @ts-expect-error the id field named in the type is the one the options name
    createCollection<{ token_id: string; name: string }, 'token_id'>({ idField: 'name' });
    // @ts-expect-error a collection keyed by another field than `id` says so in its type
    createCollection<{ token_id: string; name: string }>({ idField: 'token_id' });
  });
});

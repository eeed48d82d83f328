// Resolvers and overrides are typed by their operation: a wrong field or an unknown operation is a compile error.
import { HttpResponse } from 'msw';
import { describe, expectTypeOf, it } from 'vitest';
import { createMockApi } from '../src/msw/index';
import { type Operations, routes } from './support/mock-routes';

const errors = {
  invalid: () => HttpResponse.json({}, { status: 422 }),
  notFound: () => HttpResponse.json({}, { status: 404 }),
  methodNotAllowed: () => HttpResponse.json({}, { status: 405 }),
};

describe('createMockApi types', () => {
  it('types params, body and the answer per operation', () => {
    const mock = createMockApi<Operations>({
      baseUrl: 'https://x.test',
      routes,
      errors,
      resolvers: {
        getItem: ({ params }) => {
          expectTypeOf(params.id).toEqualTypeOf<string>();
          return { id: params.id, name: 'n' };
        },
        createItem: ({ body }) => {
          expectTypeOf(body).toEqualTypeOf<{ name: string; size?: number }>();
          return { id: '1', name: body.name };
        },
        // @ts-expect-error the answer must be the operation's success body
        countItems: () => ({ count: 'many' }),
      },
    });
    mock.override('getItem', () => ({ id: '1', name: 'n' }), { once: true });
    // @ts-expect-error a field of the wrong type
    mock.override('getItem', () => ({ id: '1', name: 2 }));
    // @ts-expect-error a required field left out
    mock.override('getItem', () => ({ id: '1' }));
    // @ts-expect-error no such operation
    mock.override('getItems', () => undefined);
    mock.override('listItems', () => HttpResponse.json({ any: 'Response' }, { status: 500 }));
  });
});

// mock.override is typed by the operation it names: its path params, its body, and the answer it may give.
import { expectTypeOf, test } from 'vitest';
import { createHotdataMock } from '../src/msw/index';

const mock = createHotdataMock();

test('the resolver sees the operation’s params and body, and must answer its success body', () => {
  mock.override('getSecret', ({ params }) => {
    expectTypeOf(params.name).toEqualTypeOf<string>();
    return { name: params.name, created_at: 'then', updated_at: 'now' };
  });
  mock.override('createSecret', ({ body }) => {
    expectTypeOf(body.value).toEqualTypeOf<string>();
    return { id: 'secr_1', name: body.name, created_at: 'now' };
  });
  // @ts-expect-error: listSecrets answers { secrets: [...] }
  mock.override('listSecrets', () => ({ secrets: 1 }));
  // @ts-expect-error: no such operation
  mock.override('listEverything', () => undefined);
});

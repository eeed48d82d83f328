// Response types behave as the values do: enums are strings, closed enums narrow, objects keep their fields,
// nullable fields say so (no openapi-fetch Readable<T> mapping in between).
import { expectTypeOf, test } from 'vitest';
import type { ExecutionsExecuteResponse, ExecutionsGetStatusResponse } from '../src/index';

declare const status: ExecutionsGetStatusResponse;
declare const executed: ExecutionsExecuteResponse;

test('an enum is a string with string methods, and a closed one narrows to its values', () => {
  const text: string = status.status;
  expectTypeOf(text).toEqualTypeOf<string>();
  expectTypeOf(status.status.toLowerCase()).toEqualTypeOf<string>();
  expectTypeOf(status.status).toEqualTypeOf<'PENDING' | 'EXECUTING' | 'COMPLETED' | 'STOPPED' | 'ERROR'>();
});

test('an object field keeps its fields, and a nullable field is | null', () => {
  expectTypeOf(executed.message).toHaveProperty('execution_id').toEqualTypeOf<string>();
  expectTypeOf(executed.message.error).toEqualTypeOf<string | null | undefined>();
});

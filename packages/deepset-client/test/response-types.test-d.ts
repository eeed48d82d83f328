// Response types behave as the values do: enums are strings, closed enums narrow, objects keep their fields,
// nullable fields say so (no openapi-fetch Readable<T> mapping in between).
import { expectTypeOf, test } from 'vitest';
import type { PipelinesGetResponse } from '../src/index';

declare const pipeline: PipelinesGetResponse;

test('an enum is a string with string methods, and a closed one narrows to its values', () => {
  const status: string = pipeline.status;
  expectTypeOf(status).toEqualTypeOf<string>();
  expectTypeOf(pipeline.status.toLowerCase()).toEqualTypeOf<string>();
  expectTypeOf(pipeline.service_level).toEqualTypeOf<'PRODUCTION' | 'DEVELOPMENT' | 'DRAFT' | undefined>();
});

test('an object field keeps its fields, and a nullable field is | null', () => {
  expectTypeOf(pipeline.created_by).exclude<undefined>().toHaveProperty('user_id').toEqualTypeOf<string>();
  expectTypeOf(pipeline.last_edited_at).toEqualTypeOf<string | null | undefined>();
});

// Response types behave as the values do: enums are strings, closed enums narrow, objects keep their fields,
// nullable fields say so (no openapi-fetch Readable<T> mapping in between).
import { expectTypeOf, test } from 'vitest';
import type { PipelinesGetResponse } from '../src/index';

declare const pipeline: PipelinesGetResponse;

test('an enum is a string with string methods, and a closed one narrows to its values', () => {
  const type: string | undefined = pipeline.pipeline_type;
  expectTypeOf(type).toEqualTypeOf<string | undefined>();
  expectTypeOf(pipeline.pipeline_type?.toLowerCase()).toEqualTypeOf<string | undefined>();
  expectTypeOf(pipeline.pipeline_type).toEqualTypeOf<'PLAYGROUND' | 'MANAGED' | undefined>();
});

test('an object field keeps its fields, and a nullable field is | null', () => {
  expectTypeOf(pipeline.embedding_config).exclude<null | undefined>().toHaveProperty('type');
  expectTypeOf(pipeline.status).toEqualTypeOf<'CREATED' | 'DELETING' | null | undefined>();
  expectTypeOf(pipeline.data_sink).extract<null>().toEqualTypeOf<null>();
});

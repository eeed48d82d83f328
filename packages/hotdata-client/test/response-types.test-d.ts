// Response types behave as the values do: enums are strings, closed enums narrow, objects keep their fields,
// nullable fields say so (no openapi-fetch Readable<T> mapping in between).
import { expectTypeOf, test } from 'vitest';
import type { QueryRunsGetResponse, WorkspacesListResponse } from '../src/index';

declare const run: QueryRunsGetResponse;
declare const workspaces: WorkspacesListResponse;

test('an enum (open or closed) is a string with string methods', () => {
  const status: string = run.status;
  expectTypeOf(status).toEqualTypeOf<string>();
  expectTypeOf(run.status.toUpperCase()).toEqualTypeOf<string>();
  expectTypeOf(run.status).toMatchTypeOf<string>();
});

test('a closed enum narrows to its values', () => {
  expectTypeOf(workspaces.workspaces[0]!.provision_status).toEqualTypeOf<
    'pending' | 'provisioned' | 'failed'
  >();
});

test('an object field keeps its fields, and a nullable field is | null', () => {
  expectTypeOf(workspaces.workspaces[0]!).toHaveProperty('namespace').toEqualTypeOf<string>();
  expectTypeOf(run.result_id).toEqualTypeOf<string | null | undefined>();
});

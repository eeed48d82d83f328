// Rows projected onto the spec's schemas: the mocks send what the API's shape names and nothing of their own.
import { describe, expect, it } from 'vitest';
import { createSchemaViews } from '../src/msw/index';

interface Schemas {
  Upload: { id: string; size: number; note?: string | null };
  Job: { id: string; status: string; result?: unknown };
}
const components = {
  schemas: {
    Upload: { type: 'object', properties: { id: {}, size: {}, note: {} } },
    Base: { type: 'object', properties: { id: {} } },
    Job: { allOf: [{ $ref: '#/components/schemas/Base' }, { properties: { status: {}, result: {} } }] },
  },
};
const view = createSchemaViews<Schemas>(components);

describe('createSchemaViews', () => {
  it('keeps the fields the schema names and drops the mock’s own', () => {
    const row = { id: 'u1', size: 3, bytes: new Uint8Array(3), note: null };
    expect(view('Upload')(row)).toEqual({ id: 'u1', size: 3, note: null });
  });

  it('leaves out an optional field the row does not hold, and reads properties through allOf and $ref', () => {
    expect(view('Job')({ id: 'j1', status: 'done', pollsLeft: 0 } as Schemas['Job'])).toEqual({
      id: 'j1',
      status: 'done',
    });
  });

  it('names a schema the spec does not have', () => {
    expect(() => view('Nope' as 'Job')).toThrow("the spec has no schema 'Nope'");
  });
});

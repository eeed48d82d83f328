// Answers cut to the spec's response schema: a mock returns its stored rows and the answer carries only
// what the schema names (projectToSchema), applied to a whole resolver map by projectAnswers.
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { type MockResolverInfo, projectAnswers, projectToSchema } from '../src/msw/index';

const components = {
  schemas: {
    File: {
      type: 'object',
      properties: {
        id: { type: 'string' },
        meta: { type: 'object' },
        tags: { $ref: '#/components/schemas/Tags' },
      },
    },
    Tags: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' } } } },
    Open: { type: 'object', properties: { id: { type: 'string' } }, additionalProperties: true },
    Sub: { allOf: [{ $ref: '#/components/schemas/File' }, { properties: { size: { type: 'integer' } } }] },
    Either: {
      oneOf: [
        { type: 'object', properties: { kind: { const: 'a' }, a: { type: 'string' } } },
        { type: 'object', properties: { kind: { const: 'b' }, b: { type: 'string' } } },
        { type: 'null' },
      ],
    },
  },
};
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

describe('projectToSchema', () => {
  it('drops fields the schema does not name, recursively through refs and arrays', () => {
    const row = { id: 'f1', text: 'the mock keeps it', meta: { any: 1 }, tags: [{ name: 't', secret: 1 }] };
    expect(projectToSchema(row, ref('File'), components)).toEqual({
      id: 'f1',
      meta: { any: 1 },
      tags: [{ name: 't' }],
    });
    expect(projectToSchema([row], { type: 'array', items: ref('File') }, components)).toEqual([
      { id: 'f1', meta: { any: 1 }, tags: [{ name: 't' }] },
    ]);
  });

  it('keeps what allOf/oneOf branches name, free-form objects whole, and extra fields where allowed', () => {
    expect(projectToSchema({ id: 'f', size: 2, x: 1 }, ref('Sub'), components)).toEqual({ id: 'f', size: 2 });
    expect(projectToSchema({ kind: 'b', b: 'y', z: 0 }, ref('Either'), components)).toEqual({
      kind: 'b',
      b: 'y',
    });
    expect(projectToSchema(null, ref('Either'), components)).toBeNull();
    expect(projectToSchema({ id: 'o', x: 1 }, ref('Open'), components)).toEqual({ id: 'o', x: 1 });
    expect(projectToSchema({ a: 1 }, undefined, components)).toEqual({ a: 1 });
  });
});

describe('projectAnswers', () => {
  const operations = { 'GET /files/{id}': { operationId: 'getFile', response: ref('File') } };
  const info = { route: { key: 'GET /files/{id}' } } as unknown as MockResolverInfo<unknown>;

  it('cuts each plain answer to its operation schema, passing Responses and undefined through', async () => {
    const resolvers = projectAnswers(
      {
        getFile: (_: typeof info) => ({ id: 'f1', text: 'hidden' }),
        gone: (_: typeof info) => HttpResponse.json({ detail: 'x', extra: 1 }, { status: 404 }),
        skip: (_: typeof info) => undefined,
      },
      operations,
      components,
    );
    await expect(resolvers.getFile(info)).resolves.toEqual({ id: 'f1' });
    const gone = (await resolvers.gone(info)) as Response;
    expect(await gone.json()).toEqual({ detail: 'x', extra: 1 });
    await expect(resolvers.skip(info)).resolves.toBeUndefined();
  });
});

// The answer checker of issue 16's contract test (../contract/response-contract.ts): it must refuse an answer
// that breaks the spec (schema, status, content type, a body where none is declared) and pass one that holds.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSpec, responseContract } from '../contract/response-contract';
import { sampleOf } from '../contract/sample';

const spec = loadSpec(fileURLToPath(new URL('../llamacloud.yaml', import.meta.url)));
const check = responseContract(spec);
const op = (id: string) => spec.operations.find((o) => o.operationId === id)!;
const JSON_TYPE = 'application/json';

describe('responseContract (llamacloud.yaml)', () => {
  it('lists every operation of the spec', () => {
    expect(spec.operations).toHaveLength(55);
  });

  it('passes an answer that holds to the schema', () => {
    const project = { id: 'proj_1', name: 'P', organization_id: 'org_1', is_default: true };
    expect(check(op('getProject'), 200, JSON_TYPE, JSON.stringify(project))).toEqual([]);
  });

  it('refuses a body that breaks the schema, naming the field', () => {
    const violations = check(op('getProject'), 200, JSON_TYPE, JSON.stringify({ id: 1, name: 'P' }));
    expect(violations.map((v) => v.message)).toEqual([
      expect.stringMatching(/^200 \/ must have required property 'organization_id'/),
      expect.stringMatching(/^200 \/id must be string/),
    ]);
  });

  it('refuses a status, a content type and a body the spec does not declare', () => {
    expect(check(op('getProject'), 418, JSON_TYPE, '{}')[0]?.message).toMatch(
      /answered 418, which the spec does not declare/,
    );
    expect(check(op('getProject'), 200, 'text/html', '<p>')[0]?.message).toMatch(/as 'text\/html'/);
    expect(check(op('deleteFile'), 204, '', 'null')[0]?.message).toMatch(
      /with a body; the spec declares none/,
    );
    expect(check(op('getProject'), 200, JSON_TYPE, '{')[0]?.message).toMatch(/does not parse/);
  });

  it('checks error answers against the error schema', () => {
    expect(check(op('getProject'), 404, JSON_TYPE, JSON.stringify({ detail: 'Not found' }))).toEqual([]);
    expect(
      check(op('getProject'), 404, JSON_TYPE, JSON.stringify({ message: 'Not found' }))[0]?.message,
    ).toMatch(/^404 \/ must have required property 'detail'/);
  });
});

describe('sampleOf', () => {
  it('gives the smallest value a schema accepts', () => {
    const schema = {
      type: 'object',
      required: ['name', 'n', 'tags', 'kind'],
      properties: {
        name: { type: 'string', minLength: 3 },
        n: { type: 'integer', minimum: 5 },
        tags: { type: 'array', items: { type: 'string', format: 'uuid' } },
        kind: { enum: ['a', 'b'] },
        optional: { type: 'string' },
      },
    };
    expect(sampleOf(schema, (s) => s)).toEqual({
      name: 'xxx',
      n: 5,
      tags: ['00000000-0000-4000-8000-000000000001'],
      kind: 'a',
    });
  });
});

// Issue 14's rules for the deepset, Inference and Unstract specs: every operation's success answer carries an
// `example` that its own schema accepts (docs, mocks and spec-driven tools read them), and every component
// schema says where its shape comes from in `x-sdk-notes` (the seed, a named source, or that none confirms it).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const specsDir = fileURLToPath(new URL('..', import.meta.url));
const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
const VENDORS = ['deepset', 'inference', 'unstract'];

type Media = { schema?: unknown; example?: unknown; 'x-stream'?: string };
type Response = { $ref?: string; content?: Record<string, Media> };
type Operation = { operationId: string; responses: Record<string, Response> };
type Spec = {
  paths: Record<string, Partial<Record<(typeof METHODS)[number], Operation>>>;
  components: { schemas: Record<string, { 'x-sdk-notes'?: string }>; responses?: Record<string, Response> };
};

/** A JSON Schema 2020-12 validator that knows the spec's components and OpenAPI's extra formats. */
function schemaValidator(spec: Spec) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const format of ['binary', 'byte', 'int32', 'int64', 'float', 'double', 'password'])
    ajv.addFormat(format, true);
  ajv.addSchema({ $id: 'spec', components: spec.components }, 'spec');
  const rewrite = (node: unknown): unknown =>
    Array.isArray(node)
      ? node.map(rewrite)
      : node && typeof node === 'object'
        ? Object.fromEntries(
            Object.entries(node).map(([k, v]) => [
              k,
              k === '$ref' && typeof v === 'string' && v.startsWith('#/') ? `spec${v}` : rewrite(v),
            ]),
          )
        : node;
  return (schema: unknown, value: unknown) => {
    const validate = ajv.compile(rewrite(schema) as object);
    return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
  };
}

function successMedia(spec: Spec) {
  const out: { where: string; media: Media }[] = [];
  for (const item of Object.values(spec.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      for (const [status, raw] of Object.entries(op.responses)) {
        if (!/^2/.test(status)) continue;
        const response = raw.$ref
          ? spec.components.responses?.[raw.$ref.split('/').pop() as string]
          : (raw as Response);
        for (const [type, media] of Object.entries(response?.content ?? {})) {
          // A stream's schema is one event, not the body; a non-JSON body (bytes, YAML text) has no JSON example.
          if (!/json/.test(type) || media['x-stream']) continue;
          out.push({ where: `${op.operationId} ${status} ${type}`, media });
        }
      }
    }
  }
  return out;
}

describe.each(VENDORS)('%s.yaml', (vendor) => {
  const spec = parse(readFileSync(`${specsDir}/${vendor}.yaml`, 'utf8')) as Spec;
  const check = schemaValidator(spec);

  it("gives every JSON success answer an example that the answer's schema accepts", () => {
    const media = successMedia(spec);
    expect(media.length).toBeGreaterThan(0);
    const problems = media.flatMap(({ where, media: m }) =>
      m.example === undefined
        ? [`${where}: no example`]
        : check(m.schema ?? {}, m.example).map((e) => `${where}: ${e}`),
    );
    expect(problems).toEqual([]);
  });

  it('says in x-sdk-notes where every component schema comes from', () => {
    const silent = Object.entries(spec.components.schemas)
      .filter(([, schema]) => !schema['x-sdk-notes']?.trim())
      .map(([name]) => name);
    expect(silent).toEqual([]);
  });
});

describe('the example check', () => {
  it('refuses an example its schema does not accept', () => {
    const spec = {
      paths: {},
      components: { schemas: { Id: { type: 'string', format: 'uuid' } } },
    } as unknown as Spec;
    const check = schemaValidator(spec);
    expect(check({ $ref: '#/components/schemas/Id' }, 'not-a-uuid')).not.toEqual([]);
    expect(check({ $ref: '#/components/schemas/Id' }, '0b9d6c1a-3e2f-4a5b-8c7d-9e0f1a2b3c4d')).toEqual([]);
  });
});

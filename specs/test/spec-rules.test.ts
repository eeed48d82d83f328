// Two rules every spec keeps (issue 14): each operation's JSON success answer has an example that its
// schema accepts, checked by a standard JSON Schema validator (ajv, draft 2020-12 as OpenAPI 3.1 uses it);
// and each schema the vendor's seed document does not name says where it comes from (`x-sdk-notes`).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const specsDir = fileURLToPath(new URL('..', import.meta.url));
const seedsDir = fileURLToPath(new URL('../../../shared/seeds', import.meta.url));
const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/**
 * Specs whose examples and schema notes are still being written (branch issue-14-specs-b empties this).
 * A spec listed here is skipped by both rules; every other spec must keep them.
 */
export const VENDORS_PENDING_SPEC_RULES: string[] = [];

/** The seed document of each vendor (../../shared/seeds/README.md): a schema it names is from the seed. */
const SEEDS: Record<string, string> = {
  'deepset.yaml': '000_ae147c39456149e6.txt',
  'inference.yaml': '001_799f2a1ed917cf9d.txt',
  'hotdata.yaml': '002_446e28a5e5ab0d53.txt',
  'unstract.yaml': '003_c2e3c85848176433.txt',
  'llamacloud.yaml': '004_b75367e32eb82d62.txt',
};

type Schema = Record<string, unknown> & { $ref?: string; example?: unknown; type?: unknown; items?: Schema };
type MediaType = { schema?: Schema; example?: unknown; examples?: Record<string, { value?: unknown }> };
type Response = { $ref?: string; content?: Record<string, MediaType> };
type Operation = { operationId?: string; responses?: Record<string, Response> };
type Spec = {
  paths: Record<string, Partial<Record<(typeof METHODS)[number], Operation>>>;
  components?: { schemas?: Record<string, Schema>; responses?: Record<string, Response> };
};

const specs = readdirSync(specsDir)
  .filter((f) => f.endsWith('.yaml') && !VENDORS_PENDING_SPEC_RULES.includes(f))
  .map((file) => ({ file, spec: parse(readFileSync(`${specsDir}/${file}`, 'utf8')) as Spec }));

function resolve<T extends { $ref?: string }>(spec: Spec, node: T): T {
  return node.$ref ? resolve(spec, resolveOnce(spec, node.$ref) as T) : node;
}

function resolveOnce(spec: Spec, ref: string): Schema {
  return ref
    .slice(2)
    .split('/')
    .reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], spec) as Schema;
}

/** The example of a schema: its own, else its `$ref` target's, else (an array) one of its items'. */
function exampleOf(spec: Spec, schema: Schema | undefined): unknown {
  if (!schema) return undefined;
  if (schema.example !== undefined) return schema.example;
  if (schema.$ref) return exampleOf(spec, resolveOnce(spec, schema.$ref));
  if (schema.type === 'array') {
    const item = exampleOf(spec, schema.items);
    return item === undefined ? undefined : [item];
  }
  return undefined;
}

/** Every JSON success answer: operation, status, media type. */
function successAnswers(spec: Spec) {
  return Object.entries(spec.paths).flatMap(([path, item]) =>
    METHODS.flatMap((method) =>
      Object.entries(item[method]?.responses ?? {})
        .filter(([status]) => /^2\d\d$/.test(status))
        .flatMap(([status, response]) =>
          Object.entries(resolve(spec, response).content ?? {})
            .filter(([type, media]) => /json/.test(type) && !('x-stream' in media))
            .map(([type, media]) => ({ where: `${method.toUpperCase()} ${path} ${status} ${type}`, media })),
        ),
    ),
  );
}

describe.each(specs)('$file', ({ file, spec }) => {
  it('gives every JSON success answer an example that its schema accepts', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addFormat('binary', true);
    // The spec's components are reachable from every schema as `#/components/...`.
    ajv.addSchema({ components: spec.components }, 'spec');
    const missing: string[] = [];
    const invalid: string[] = [];
    for (const { where, media } of successAnswers(spec)) {
      const example =
        media.example ?? Object.values(media.examples ?? {})[0]?.value ?? exampleOf(spec, media.schema);
      if (example === undefined) {
        missing.push(where);
        continue;
      }
      const schema = JSON.parse(
        JSON.stringify(media.schema ?? {}).replaceAll('"#/components/', '"spec#/components/'),
      );
      const validate = ajv.compile(schema);
      if (!validate(example)) invalid.push(`${where}: ${ajv.errorsText(validate.errors)}`);
    }
    expect(missing, 'success answers without an example').toEqual([]);
    expect(invalid, 'examples their schema rejects').toEqual([]);
  });

  it.skipIf(!existsSync(`${seedsDir}/${SEEDS[file]}`))(
    'notes the source of every schema the seed does not name',
    () => {
      const seed = readFileSync(`${seedsDir}/${SEEDS[file]}`, 'utf8');
      const unnoted = Object.entries(spec.components?.schemas ?? {})
        .filter(([name, schema]) => !new RegExp(`\\b${name}\\b`).test(seed) && !schema['x-sdk-notes'])
        .map(([name]) => name);
      expect(unnoted, 'schemas the seed does not name, without x-sdk-notes').toEqual([]);
    },
  );
});

// pnpm generate [vendor ...]: writes each client's src/generated/ from its spec. One map drives it (TARGETS
// below); CI regenerates and fails on any difference (scripts/check-generated.mjs).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString, NULL, STRING, tsIntersection, tsLiteral, tsUnion } from 'openapi-typescript';
import ts from 'typescript';
import { parse } from 'yaml';
import { banner } from './generator/banner.mjs';
import { deref } from './generator/deref.mjs';
import { clientModule } from './generator/client-module.mjs';
import { apiDocModule } from './generator/api-doc-module.mjs';
import { examplesModule, hasExamples } from './generator/examples-module.mjs';
import { exportsModule } from './generator/exports-module.mjs';
import { formatModule } from './generator/format.mjs';
import { limitsModule } from './generator/limits-module.mjs';
import { mockRoutesModule } from './generator/mock-routes-module.mjs';
import { hasPolls, pollModule } from './generator/poll-module.mjs';
import { resourcesModule } from './generator/resources-module.mjs';
import { validateModule } from './generator/validate-module.mjs';

export { resourcesModule };

/** spec -> package: `specs/<vendor>.yaml` generates into `packages/<vendor>-client`, once that package exists. */
export const TARGETS = readdirSync('specs')
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => ({
    vendor: f.replace(/\.yaml$/, ''),
    spec: `specs/${f}`,
    pkg: `packages/${f.replace(/\.yaml$/, '')}-client`,
  }))
  .filter((t) => existsSync(join(t.pkg, 'package.json')));

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/**
 * An enum the spec marks `x-sdk-open-enum` stays open: a value the server adds later is `string & {}`, not a
 * type error, and the type is still a string. Any other enum is closed: its type is the listed values.
 */
function openEnums(schemaObject) {
  if (schemaObject['x-sdk-open-enum'] !== true || !Array.isArray(schemaObject.enum)) return undefined;
  if (!schemaObject.enum.some((v) => typeof v === 'string')) return undefined;
  if (!schemaObject.enum.every((v) => typeof v === 'string' || v === null)) return undefined;
  const members = schemaObject.enum.filter((v) => v !== null).map((v) => tsLiteral(v));
  members.push(tsIntersection([STRING, ts.factory.createTypeLiteralNode([])]));
  if (schemaObject.enum.includes(null)) members.push(NULL);
  return tsUnion(members);
}

/** JSON Schema's `format: uuid`: RFC 4122's syntax, any version (zod's `uuid()` accepts RFC 9562 versions only). */
const UUID_PATTERN = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';

/**
 * A schema as a validator must read it: an `x-sdk-open-enum` enum is checked as the strings (or null) it may
 * be, not against its list, since the vendor adds values; `format: uuid` becomes the pattern JSON Schema
 * means by it. Everything else is as the spec says.
 */
function validationSchema(node) {
  if (Array.isArray(node)) return node.map(validationSchema);
  if (!node || typeof node !== 'object') return node;
  const open = node['x-sdk-open-enum'] === true && Array.isArray(node.enum);
  const out = {};
  for (const [k, v] of Object.entries(node)) {
    // `examples` (a list of instances) annotate and never validate; generated/examples.ts holds them.
    if ((open && k === 'enum') || (k === 'format' && v === 'uuid') || (k === 'examples' && Array.isArray(v)))
      continue;
    out[k] = validationSchema(v);
  }
  if (open && !('type' in node)) out.type = node.enum.includes(null) ? ['string', 'null'] : 'string';
  if (node.format === 'uuid' && !node.pattern) out.pattern = UUID_PATTERN;
  return out;
}

/** An operation's JSON success bodies by status: each status is validated against its own schema. */
function successSchemas(spec, op) {
  const byStatus = {};
  for (const [status, response] of Object.entries(op.responses ?? {})) {
    const schema = /^2/.test(status) && deref(spec, response)?.content?.['application/json']?.schema;
    if (schema) byStatus[status] = validationSchema(schema);
  }
  return byStatus;
}

/**
 * The JSON Schemas of each operation's request body and success responses, for the client's ./validate
 * and ./msw entries. Typed plainly, not `as const`: literal types of every schema would make each
 * declaration file tens of kilobytes that a consumer's compiler loads for nothing.
 */
function schemasModule(spec, specPath) {
  const operations = {};
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const responses = successSchemas(spec, op);
      const [first] = Object.values(responses);
      const request = deref(spec, op.requestBody)?.content?.['application/json']?.schema;
      operations[`${method.toUpperCase()} ${path}`] = {
        operationId: op.operationId,
        // `response` is the first success body; `responses` only when statuses answer differently.
        ...(first ? { response: first } : {}),
        ...(Object.keys(responses).length > 1 ? { responses } : {}),
        ...(request ? { request: validationSchema(request) } : {}),
      };
    }
  }
  const keys = Object.keys(operations);
  return `${banner(specPath)}// The spec's request and response schemas: ./validate checks responses with them, ./msw checks requests.
import type { OperationSchemas } from '@org/sdk-core/validate';

/** An operation of the spec, as \`METHOD /path\`. */
export type Operation =
${keys.map((k) => `  | ${JSON.stringify(k)}`).join('\n')};

export const operations: Readonly<Record<Operation, OperationSchemas>> = ${JSON.stringify(operations, null, 2)};

export const components: { readonly schemas: Readonly<Record<string, unknown>> } = ${JSON.stringify({ schemas: validationSchema(spec.components?.schemas ?? {}) }, null, 2)};
`;
}

/** The `paths` types of a spec, as openapi-typescript writes them (with open enums). */
export async function schemaModule(spec, specPath) {
  const typed = structuredClone(spec);
  // A schema's `examples` are data (generated/examples.ts), not documentation for every type's hover.
  for (const schema of Object.values(typed.components?.schemas ?? {})) delete schema?.examples;
  const ast = await openapiTS(typed, {
    transform: openEnums,
    alphabetize: false,
    exportType: false,
  });
  return `${banner(specPath)}${astToString(ast)}`;
}

/**
 * The generated files of one spec, by file name.
 * @example const files = await generatedFiles(parse(readFileSync('specs/hotdata.yaml', 'utf8')), 'specs/hotdata.yaml');
 */
export async function generatedFiles(spec, specPath) {
  const files = {
    'schema.ts': await schemaModule(spec, specPath),
    'resources.ts': resourcesModule(spec, specPath),
    'schemas.ts': schemasModule(spec, specPath),
    'mock-routes.ts': mockRoutesModule(spec, specPath),
    ...(hasExamples(spec) ? { 'examples.ts': examplesModule(spec, specPath) } : {}),
    ...(spec['x-sdk-client']
      ? {
          'client.ts': clientModule(spec, specPath),
          'exports.ts': exportsModule(specPath),
          'limits.ts': limitsModule(spec, specPath),
          ...(hasPolls(spec) ? { 'poll.ts': pollModule(spec, specPath) } : {}),
          'validate.ts': validateModule(spec, specPath),
        }
      : {}),
  };
  return Object.fromEntries(Object.entries(files).map(([name, text]) => [name, formatModule(text)]));
}

/** Generates every target, or only the vendors named. */
export async function generate(only = []) {
  const unknown = only.filter((v) => !TARGETS.some((t) => t.vendor === v));
  if (unknown.length)
    throw new Error(`no spec for ${unknown.join(', ')}; have ${TARGETS.map((t) => t.vendor).join(', ')}`);
  for (const target of TARGETS.filter((t) => !only.length || only.includes(t.vendor))) {
    const spec = parse(readFileSync(target.spec, 'utf8'));
    const out = join(target.pkg, 'src/generated');
    mkdirSync(out, { recursive: true });
    const files = await generatedFiles(spec, target.spec);
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(out, name)), { recursive: true });
      writeFileSync(join(out, name), text);
    }
    // The client's API reference sits beside its README, which links it.
    if (spec['x-sdk-client'])
      writeFileSync(join(target.pkg, 'api.md'), apiDocModule(spec, target.spec, files['resources.ts']));
    console.log(`${target.spec} -> ${out} (${Object.keys(files).join(', ')})`);
  }
}

// Run when executed (pnpm generate), not when imported by the generator's tests.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  await generate(process.argv.slice(2));

// Checks an answer against a vendor's spec: the status is one the operation declares (or its `default`), the
// Content-Type one that status declares, and a JSON body holds to that content's schema (ajv, JSON Schema
// 2020-12, as OpenAPI 3.1 is). Issue 16's contract test runs every mock answer through it.
import { readFileSync } from 'node:fs';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { mediaTypeMatches, type Violation } from './request-contract';

/** A schema of the spec, as far as this module reads it. */
export interface Schema {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  example?: unknown;
  examples?: unknown[];
  format?: string;
  contentMediaType?: string;
  minimum?: number;
  exclusiveMinimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minItems?: number;
  oneOf?: Schema[];
  anyOf?: Schema[];
  allOf?: Schema[];
  additionalProperties?: boolean | Schema;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}

interface Media {
  schema?: Schema;
}

/** One operation of a spec, with its parameters and body resolved. */
export interface Operation {
  operationId: string;
  method: string;
  path: string;
  parameters: Parameter[];
  /** The body's content by media type, when the operation takes one. */
  requestBody?: { required?: boolean; content: Record<string, Media> };
  responses: Record<string, { content?: Record<string, Media> }>;
}

export interface Spec {
  document: Record<string, unknown>;
  operations: Operation[];
  /** A `$ref`'d schema as its target, else the schema itself. */
  resolve(schema: Schema | undefined): Schema | undefined;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];
const OPENAPI_FORMATS = ['binary', 'byte', 'int32', 'int64', 'float', 'double', 'password'];

/**
 * Reads a spec and lists its operations in document order.
 * @example const { operations } = loadSpec('specs/hotdata.yaml');
 */
export function loadSpec(specPath: string): Spec {
  const document = parse(readFileSync(specPath, 'utf8')) as Record<string, any>;
  const pointer = (ref: string) =>
    ref
      .replace(/^#\//, '')
      .split('/')
      .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce((node: any, key) => node?.[key], document);
  const deref = <T>(node: T): T => {
    let current: any = node;
    while (current?.$ref) current = pointer(current.$ref);
    return current;
  };
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths ?? {}) as [string, any][]) {
    const shared = ((item.parameters ?? []) as Parameter[]).map(deref);
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const own = ((op.parameters ?? []) as Parameter[]).map(deref);
      const parameters = [
        ...shared.filter((s) => !own.some((o) => o.name === s.name && o.in === s.in)),
        ...own,
      ];
      const responses = Object.fromEntries(
        Object.entries(op.responses ?? {}).map(([status, response]) => [status, deref(response) as any]),
      );
      const requestBody = op.requestBody ? deref(op.requestBody) : undefined;
      operations.push({
        operationId: op.operationId ?? `${method.toUpperCase()} ${path}`,
        method,
        path,
        parameters,
        ...(requestBody ? { requestBody } : {}),
        responses,
      });
    }
  }
  return { document, operations, resolve: (schema) => deref(schema) };
}

/**
 * Builds the answer checker for one spec.
 * @example
 * const check = responseContract(loadSpec('specs/unstract.yaml'));
 * const violations = check(operation, 200, 'application/json', '{"results":[]}');
 */
export function responseContract(spec: Spec) {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv as never);
  for (const format of OPENAPI_FORMATS) ajv.addFormat(format, true);
  // The spec as one schema document, so that `#/components/schemas/...` resolves inside it.
  ajv.addSchema({ $id: 'spec', ...spec.document } as never, undefined, false, false);
  const compiled = new Map<string, ValidateFunction>();
  const validatorFor = (schema: Schema) => {
    const key = JSON.stringify(schema);
    let validate = compiled.get(key);
    if (!validate) {
      validate = ajv.compile(rebase(schema));
      compiled.set(key, validate);
    }
    return validate;
  };

  return function check(
    operation: Operation,
    status: number,
    contentType: string,
    text: string,
  ): Violation[] {
    const name = operation.operationId;
    const declared =
      operation.responses[String(status)] ??
      operation.responses[`${String(status)[0]}XX`] ??
      operation.responses.default;
    if (!declared) {
      return [
        {
          operation: name,
          message: `answered ${status}, which the spec does not declare (${Object.keys(operation.responses).join(', ')})`,
        },
      ];
    }
    const content = declared.content ?? {};
    if (!Object.keys(content).length) {
      return text === ''
        ? []
        : [
            {
              operation: name,
              message: `answered ${status} with a body; the spec declares none: ${text.slice(0, 200)}`,
            },
          ];
    }
    const media = Object.keys(content).find((type) => mediaTypeMatches(type, contentType));
    if (!media) {
      return [
        {
          operation: name,
          message: `answered ${status} as '${contentType}'; the spec declares ${Object.keys(content).join(', ')}`,
        },
      ];
    }
    const schema = content[media]?.schema;
    if (!/json/.test(media) || /ndjson|jsonl/.test(media) || !schema) return [];
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (error) {
      return [
        { operation: name, message: `the ${status} JSON body does not parse: ${(error as Error).message}` },
      ];
    }
    const validate = validatorFor(schema);
    if (validate(body)) return [];
    return (validate.errors ?? []).map((error) => ({
      operation: name,
      message: `${status} ${error.instancePath || '/'} ${error.message}${error.params ? ` ${JSON.stringify(error.params)}` : ''}`,
    }));
  };
}

/** A schema with its `#/...` references pointed into the `spec` document ajv holds. */
function rebase(schema: Schema): Schema {
  return JSON.parse(JSON.stringify(schema), (key, value) =>
    key === '$ref' && typeof value === 'string' && value.startsWith('#/') ? `spec${value}` : value,
  );
}

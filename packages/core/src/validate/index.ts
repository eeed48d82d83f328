// @org/sdk-core/validate: checks responses against the spec's JSON Schemas with zod. A separate entry so
// zod stays out of the main bundle; a client's `./validate` passes its spec's schemas here.
import type { ZodType } from 'zod';
import { z } from '../zod-peer';
import { ResponseValidationError, type ValidationIssue } from '../errors';

/**
 * Checks one response body against the schema of its status (the first success schema when the status is
 * not given); throws ResponseValidationError on drift. Given to a client as `validateResponses`.
 */
export type ResponseValidator = (method: string, path: string, data: unknown, status?: number) => void;

/** One operation's schemas, as the generator writes them. */
export interface OperationSchemas {
  readonly operationId: string;
  /** The first success status's JSON body. */
  readonly response?: unknown;
  /** Every success status's JSON body, when they differ (a 200 result and a 202 job). */
  readonly responses?: Readonly<Record<string, unknown>>;
  readonly request?: unknown;
}

/** The response schemas of a spec, keyed `METHOD /path`, as the generator writes them. */
export interface ResponseSchemas {
  operations: Readonly<Record<string, OperationSchemas>>;
  components: { readonly schemas: Readonly<Record<string, unknown>> };
}

// Servers add enum values over time; a validator that rejected them would turn additive changes into outages.
function openSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(openSchema);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string')
      out[key] = value.replace('#/components/schemas/', '#/$defs/');
    else if (key === 'enum' && Array.isArray(value) && value.some((v) => typeof v === 'string')) continue;
    else out[key] = openSchema(value);
  }
  if ('enum' in (node as object) && !('type' in out)) out.type = ['string', 'null'];
  return out;
}

function jsonPath(path: readonly PropertyKey[]): string {
  return `$${path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}`;
}

/**
 * Builds a validator from a spec's response schemas; each operation's zod schema is compiled on first use.
 * @example
 * import { responseSchemas } from '@org/llamacloud-client/validate';
 * const client = createLlamaCloudClient({ validateResponses: createResponseValidator(responseSchemas) });
 */
export function createResponseValidator(schemas: ResponseSchemas): ResponseValidator {
  const defs = openSchema(schemas.components.schemas);
  const compiled = new Map<string, ZodType>();
  return (method, path, data, status) => {
    const key = `${method.toUpperCase()} ${path}`;
    const entry = schemas.operations[key];
    // Each status against its own schema; a status the spec does not list is not checked.
    const byStatus = status === undefined ? undefined : entry?.responses;
    const schema = byStatus ? byStatus[String(status)] : entry?.response;
    if (!schema) return;
    const cacheKey = byStatus ? `${key} ${status}` : key;
    let validator = compiled.get(cacheKey);
    if (!validator) {
      validator = z.fromJSONSchema({ ...(openSchema(schema) as object), $defs: defs } as never);
      compiled.set(cacheKey, validator);
    }
    const result = validator.safeParse(data);
    if (result.success) return;
    const issues: ValidationIssue[] = result.error.issues.map((i) => ({
      path: jsonPath(i.path),
      message: i.message,
    }));
    throw new ResponseValidationError(`${key} (${entry?.operationId})`, issues);
  };
}

/**
 * The zod schema of one operation's request body or success response, built from the spec's JSON Schema
 * (enums left open, as the response validator does). Undefined when the operation has none.
 * @example const body = zodSchemaFor(responseSchemas, 'POST /api/v1/pipelines', 'request');
 * body?.parse({ name: 'docs' });
 */
export function zodSchemaFor(
  schemas: ResponseSchemas,
  operation: string,
  part: 'request' | 'response',
): ZodType | undefined {
  const entry = schemas.operations[operation] as { request?: unknown; response?: unknown } | undefined;
  const schema = entry?.[part];
  if (schema === undefined) return undefined;
  return z.fromJSONSchema({
    ...(openSchema(schema) as object),
    $defs: openSchema(schemas.components.schemas),
  } as never);
}

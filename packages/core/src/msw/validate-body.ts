import type { ZodType } from 'zod';
import { z } from '../zod-peer';

/** One way a body broke the schema: where, and what. */
export interface BodyIssue {
  path: (string | number)[];
  message: string;
  code: string;
  /**
   * Nothing was sent at `path` (a required field left out, or no body at all), as opposed to a value that
   * was sent and is wrong: APIs word the two differently (DRF's `required`, NeoSpace's `missing_param`).
   */
  missing?: boolean | undefined;
}

/** Whether the sent body has nothing at `path`. */
function absentAt(body: unknown, path: readonly (string | number)[]): boolean {
  let value = body;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return true;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value === undefined;
}

/** The result of checking a body: the value, or the issues (with what was sent, when it parsed). */
export type BodyCheck = { ok: true; value: unknown } | { ok: false; issues: BodyIssue[]; value?: unknown };

/** A JSON Schema (an OpenAPI 3.1 schema object). */
export type JsonSchema = Record<string, unknown> | boolean;

/** Rewrites `#/components/schemas/X` refs to `#/$defs/X`, where the validator looks for definitions. */
function localRefs(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(localRefs);
  if (!schema || typeof schema !== 'object') return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([k, v]) => [
      k,
      k === '$ref' && typeof v === 'string' ? v.replace('#/components/schemas/', '#/$defs/') : localRefs(v),
    ]),
  );
}

/**
 * A validator for request bodies from the spec's JSON Schema (zod's `fromJSONSchema` underneath), with
 * `$ref`s into `components.schemas` resolved. Compiled once; call it per request.
 * @example
 * const check = createBodyValidator(spec.paths['/api/v1/pipelines'].post.requestBody.content['application/json'].schema, spec.components);
 * const result = check(await request.json());
 */
export function createBodyValidator(
  schema: JsonSchema,
  components?: { schemas?: Record<string, unknown> },
): (body: unknown) => BodyCheck {
  const root =
    typeof schema === 'boolean'
      ? schema
      : ({ ...(localRefs(schema) as object), $defs: localRefs(components?.schemas ?? {}) } as Record<
          string,
          unknown
        >);
  let validator: ZodType;
  try {
    validator = z.fromJSONSchema(root as Parameters<typeof z.fromJSONSchema>[0]);
  } catch (cause) {
    throw new Error(`[@org/sdk-core/msw] the schema could not be compiled: ${(cause as Error).message}`, {
      cause,
    });
  }
  return (body) => {
    const result = validator.safeParse(body);
    if (result.success) return { ok: true, value: result.data };
    return {
      ok: false,
      value: body,
      issues: result.error.issues.map((issue) => {
        const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
        return { path, message: issue.message, code: issue.code, missing: absentAt(body, path) };
      }),
    };
  };
}

/**
 * Reads a request's JSON body and checks it. A body that is not JSON is an issue at the root, not a crash.
 * @example
 * const check = await checkJsonBody(request, validate);
 * if (!check.ok) return HttpResponse.json({ detail: check.issues.map((i) => ({ loc: i.path, msg: i.message })) }, { status: 422 });
 */
export async function checkJsonBody(
  request: Request,
  validate: (body: unknown) => BodyCheck,
): Promise<BodyCheck> {
  const text = await request.clone().text();
  let body: unknown;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch (cause) {
    return {
      ok: false,
      issues: [
        { path: [], message: `Body is not valid JSON: ${(cause as Error).message}`, code: 'invalid_json' },
      ],
    };
  }
  return validate(body);
}

/**
 * Checks request bodies against the spec by operation: each operation's validator is compiled on its first
 * request and kept. `operations` and `components` come from a client's generated schemas module.
 * @example
 * const checkBody = createRequestBodyChecker(operations, components);
 * const check = await checkBody(request, 'POST /api/v1/pipelines');
 */
export function createRequestBodyChecker<Key extends string>(
  operations: { readonly [K in Key]: { readonly operationId: string; readonly request?: unknown } },
  components?: { readonly schemas?: Readonly<Record<string, unknown>> },
): (request: Request, operation: Key) => Promise<BodyCheck> {
  const validators = new Map<Key, (body: unknown) => BodyCheck>();
  return (request, operation) => {
    let validate = validators.get(operation);
    if (!validate) {
      validate = createBodyValidator(operations[operation].request as JsonSchema, components);
      validators.set(operation, validate);
    }
    return checkJsonBody(request, validate);
  };
}

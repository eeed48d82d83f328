import type { MockResolver } from './mock-api';

// A mock stores rows with its own bookkeeping (a file's text, a record's parent id, run counters). The
// spec's response schema says what the API answers, so the answer is cut to it here once, instead of a
// hand-written `toPublic(row)` per record kind that restates the schema.

type Schema = Record<string, unknown>;
type Components = { readonly schemas: Readonly<Record<string, unknown>> };

/** The schema and every branch it combines (`$ref`, `allOf`, `anyOf`, `oneOf`), resolved. */
function branches(schema: unknown, components: Components, seen = new Set<unknown>()): Schema[] {
  if (!schema || typeof schema !== 'object' || seen.has(schema)) return [];
  seen.add(schema);
  const s = schema as Schema;
  const ref = typeof s.$ref === 'string' ? components.schemas[s.$ref.split('/').pop() as string] : undefined;
  const parts = [ref, ...(['allOf', 'anyOf', 'oneOf'] as const).flatMap((k) => (s[k] as unknown[]) ?? [])];
  return [s, ...parts.flatMap((p) => branches(p, components, seen))];
}

/**
 * `value` with only what `schema` names: an object keeps the fields some branch's `properties` lists (and
 * any field where a branch allows `additionalProperties`), recursively; an object schema without
 * `properties` (a free-form map) keeps everything. `$ref`s point into `components.schemas`.
 * @example projectToSchema({ id: 'f1', text: 'kept by the mock' }, { $ref: '#/components/schemas/File' }, components) // { id: 'f1' }
 */
export function projectToSchema(value: unknown, schema: unknown, components: Components): unknown {
  if (!value || typeof value !== 'object' || schema === undefined) return value;
  const all = branches(schema, components);
  if (Array.isArray(value)) {
    const items = all.flatMap((b) => (b.items && typeof b.items === 'object' ? [b.items] : []));
    return items.length ? value.map((v) => projectToSchema(v, { anyOf: items }, components)) : value;
  }
  const named = all.filter((b) => b.properties && typeof b.properties === 'object');
  if (!named.length) return value;
  const extra = all.map((b) => b.additionalProperties).filter((a) => a !== undefined && a !== false);
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    const schemas = named.flatMap((b) =>
      key in (b.properties as Schema) ? [(b.properties as Schema)[key]] : [],
    );
    if (schemas.length) out[key] = projectToSchema(field, { anyOf: schemas }, components);
    else if (extra.length) out[key] = field;
  }
  return out;
}

/**
 * Wraps a mock's resolvers so each plain answer is cut to its operation's success schema
 * ({@link projectToSchema}): resolvers return stored rows as they are. A `Response` or `undefined` passes
 * through untouched, and so do `mock.override(...)` answers (they are not wrapped).
 * @example resolvers: projectAnswers({ getFile: ({ params }) => store.files.get(params.file_id) }, operations, components)
 */
export function projectAnswers<R extends object>(
  resolvers: R,
  operations: Readonly<Record<string, { readonly response?: unknown }>>,
  components: Components,
): R {
  const wrap =
    (resolve: MockResolver<any>): MockResolver<any> =>
    async (info) => {
      const answer = await resolve(info);
      if (answer === undefined || answer instanceof Response) return answer;
      return projectToSchema(answer, operations[info.route.key]?.response, components) as never;
    };
  return Object.fromEntries(
    Object.entries(resolvers).map(([id, resolve]) => [id, wrap(resolve as MockResolver<any>)]),
  ) as R;
}

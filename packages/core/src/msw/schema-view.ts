// A stored record as the API sends it: the fields the spec's schema names, read from the generated
// component schemas, so that no mock lists a public shape's fields by hand or drops its own by name.

type Node = { $ref?: string; properties?: object; allOf?: unknown[] } | undefined;

/** The property names of a schema, through `$ref` and `allOf`. */
function propertiesOf(
  schemas: Readonly<Record<string, unknown>>,
  node: Node,
  seen = new Set<string>(),
): string[] {
  if (!node || typeof node !== 'object') return [];
  if (typeof node.$ref === 'string') {
    const name = node.$ref.split('/').pop() as string;
    if (seen.has(name)) return [];
    seen.add(name);
    return propertiesOf(schemas, schemas[name] as Node, seen);
  }
  return [
    ...Object.keys(node.properties ?? {}),
    ...(node.allOf ?? []).flatMap((part) => propertiesOf(schemas, part as Node, seen)),
  ];
}

/**
 * Projections of stored rows onto the spec's component schemas (the generated `schemas.ts` `components`):
 * `view('UploadInfo')(row)` keeps the fields `UploadInfo` names that the row holds, and drops the mock's
 * own (`bytes`, `pollsLeft`). Typed by the schema: the row must already be a `Schemas[K]` with extras.
 * @example
 * const view = createSchemaViews<components['schemas']>(specComponents);
 * const publicUpload = view('UploadInfo');
 * listUploads: () => ({ uploads: store.uploads.all().map(publicUpload) }),
 */
export function createSchemaViews<Schemas>(components: {
  readonly schemas: Readonly<Record<string, unknown>>;
}) {
  return <K extends keyof Schemas & string>(name: K) => {
    const schema = components.schemas[name];
    if (!schema) throw new Error(`[@org/sdk-core/msw] the spec has no schema '${name}'.`);
    const keys = [...new Set(propertiesOf(components.schemas, schema as Node))];
    return <R extends Schemas[K]>(row: R): Schemas[K] => {
      const out: Record<string, unknown> = {};
      for (const key of keys) if (key in (row as object)) out[key] = (row as Record<string, unknown>)[key];
      return out as Schemas[K];
    };
  };
}

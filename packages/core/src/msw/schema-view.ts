import { projectToSchema } from './project';

// A stored record as the API sends it, for code that projects one named schema by hand (seeds, nested
// records). It is `projectToSchema` (one walk of the spec's schemas) with the schema's type on its answer.

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
    if (!components.schemas[name]) throw new Error(`[@org/sdk-core/msw] the spec has no schema '${name}'.`);
    const schema = { $ref: `#/components/schemas/${name}` };
    return <R extends Schemas[K]>(row: R): Schemas[K] =>
      projectToSchema(row, schema, components) as Schemas[K];
  };
}

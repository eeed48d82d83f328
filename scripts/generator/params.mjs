// The params object of a generated method: its TypeScript type (body fields and named parameters
// together, or the bare body when it is an array) and whether a call must pass it.

/** The JSON body type of an operation, read from `paths` so that the compiler checks it against the spec. */
const jsonBodyType = (P) =>
  `${P}['requestBody'] extends { content: { 'application/json': infer B } } | undefined ? B : never`;

/** A multipart body as an object of parts: a repeatable part takes one value or a list. */
const multipartType = (o) =>
  `{ ${o.bodyFields
    .map(
      (f) =>
        `${f.name}${f.required ? '' : '?'}: ${f.repeated ? 'MultipartValue | MultipartValue[]' : 'MultipartValue'}`,
    )
    .join('; ')} }`;

/**
 * The params object of one method: `type` its TypeScript type, `name` the exported type's name, `has`
 * whether the method takes one, `required` whether a call must pass it; `named` the parameters picked out
 * of it by name; `objectBody` / `arrayBody` what the rest of it is.
 * @example const { type, required } = paramsShape(o);
 */
export function paramsShape(o) {
  const P = `paths['${o.path}']['${o.method}']`;
  const named = [...o.queryParams, ...o.defaultPathParams];
  const queryType = o.queryParams.length ? `NonNullable<${P}['parameters']['query']>` : '{}';
  const defaultPathType = o.defaultPathParams.length
    ? `{ ${o.defaultPathParams.map((p) => `${p.name}?: string`).join('; ')} }`
    : '';
  const namedType = [queryType, defaultPathType].filter((t) => t && t !== '{}').join(' & ') || '{}';
  const bodyTs =
    o.bodyType === 'json'
      ? o.flagValue === undefined
        ? jsonBodyType(P)
        : `Omit<${jsonBodyType(P)}, '${o.flag}'>`
      : o.bodyType === 'multipart'
        ? multipartType(o)
        : undefined;
  const hasBody = o.bodyType === 'json' || o.bodyType === 'multipart';
  const arrayBody = o.bodyType === 'json' && !o.bodyIsObject;
  if (arrayBody && named.some((p) => !p['x-sdk-default']))
    throw new Error(
      `${o.op.operationId}: an array body with query parameters needs a params shape; decide one in the generator`,
    );
  const type = arrayBody ? `${bodyTs}` : hasBody ? `(${bodyTs}) & ${namedType}` : namedType;
  const requiredQuery = o.queryParams.some((p) => p.required && !p['x-sdk-default']);
  return {
    P,
    name: `${o.typeBase}Params`,
    type,
    named,
    has: arrayBody || type !== '{}',
    required: (hasBody && o.bodyRequired) || requiredQuery,
    arrayBody,
    objectBody: hasBody && !arrayBody,
  };
}

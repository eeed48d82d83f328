// Doc comments of generated methods: what the IDE shows on hover and in completions.

/** A JSDoc block of `lines` (empty ones dropped), indented by `indent`. */
export function docComment(lines, indent) {
  const text = lines.filter(Boolean).join('\n').trim().split('\n');
  return `${indent}/**\n${text.map((l) => `${indent} * ${l}`.trimEnd()).join('\n')}\n${indent} */\n`;
}

/** Camel case of a spec name, as positional arguments are named (`pipeline_id` -> `pipelineId`). */
export const camel = (s) => s.replace(/[-_]+([a-z0-9])/g, (_, c) => c.toUpperCase());

/**
 * The doc comment of one generated method: summary, description, route, one `@param` per positional path
 * argument, an example when the call needs no parameters object, and `@deprecated` last, so that the IDE
 * shows its reason rather than the route.
 * @example methodDoc({ op, method: 'get', path: '/items/{item_id}', pathParams, resource: 'items', name: 'get' }, { example: true })
 */
export function methodDoc(o, { example }) {
  const lines = [
    o.op.summary ? `${o.op.summary}.` : '',
    o.op.description ?? '',
    o.op['x-sdk-stability'] === 'private'
      ? 'Private endpoint: the vendor marks it internal; it may change without notice.'
      : '',
    `${o.method.toUpperCase()} ${o.path}`,
    ...o.pathParams.map(
      (p) => `@param ${camel(p.name)} - ${p.description?.trim() || `The \`${p.name}\` of the path.`}`,
    ),
    example
      ? `@example await client.${o.resource}.${o.name}(${o.pathParams.map((p) => `'${p.name.replace(/_id$/, '')}_1'`).join(', ')})`
      : '',
    o.op.deprecated
      ? '@deprecated The API marks this operation deprecated; it may be removed. See its description for what replaces it.'
      : '',
  ];
  return docComment(lines, '      ');
}

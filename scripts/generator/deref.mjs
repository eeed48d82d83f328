// Resolves `$ref`s within one spec document.

/**
 * The node a `$ref` points to (following chains of refs), or the node itself when it is no ref.
 * @example deref(spec, { $ref: '#/components/schemas/File' }) // spec.components.schemas.File
 */
export function deref(spec, node) {
  let n = node;
  for (let i = 0; n?.$ref && i < 10; i++)
    n = n.$ref
      .split('/')
      .slice(1)
      .reduce((o, k) => o[k], spec);
  return n;
}

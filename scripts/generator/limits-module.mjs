// generated/limits.ts: the bounds the spec sets on each operation's inputs (maxItems, maxLength, minimum,
// pattern, ..., and `x-sdk-max-bytes` on a raw body), for flows that check input before sending. One
// constant per operation, so a bundle keeps only the ones its flows read.
import { banner } from './banner.mjs';
import { deref } from './deref.mjs';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];
const BOUNDS = ['minItems', 'maxItems', 'minLength', 'maxLength', 'minimum', 'maximum', 'pattern'];

/** The bounds a schema sets, or undefined when it sets none. */
function boundsOf(schema) {
  const found = Object.fromEntries(
    BOUNDS.filter((b) => schema?.[b] !== undefined).map((b) => [b, schema[b]]),
  );
  return Object.keys(found).length ? found : undefined;
}

/** `{ field: bounds }` of one operation's parameters and body fields, and the raw body's `maxBytes`. */
function operationLimits(spec, item, op) {
  const limits = {};
  for (const p of [...(item.parameters ?? []), ...(op.parameters ?? [])].map((x) => deref(spec, x))) {
    const bounds = boundsOf(deref(spec, p.schema));
    if (bounds) limits[p.name] = bounds;
  }
  const body = deref(spec, op.requestBody);
  for (const media of Object.values(body?.content ?? {})) {
    const schema = deref(spec, media.schema);
    for (const [name, property] of Object.entries(schema?.properties ?? {})) {
      const bounds = boundsOf(deref(spec, property));
      if (bounds) limits[name] = bounds;
    }
  }
  if (body?.['x-sdk-max-bytes'] !== undefined) limits.body = { maxBytes: body['x-sdk-max-bytes'] };
  return limits;
}

/**
 * The limits module of one spec.
 * @example writeFileSync('src/generated/limits.ts', limitsModule(spec, 'specs/unstract.yaml'));
 */
export function limitsModule(spec, specPath) {
  const out = [
    `${banner(specPath)}// The bounds the spec sets on each operation's inputs, one constant per operation.`,
  ];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const limits = operationLimits(spec, item, op);
      if (!Object.keys(limits).length) continue;
      const json = JSON.stringify(limits, null, 2).replace(/"([A-Za-z_$][\w$]*)":/g, '$1:');
      out.push(
        `\n/** Input bounds of \`${method.toUpperCase()} ${path}\`. */\nexport const ${op.operationId}Limits = ${json} as const;`,
      );
    }
  }
  return `${out.join('\n')}\n`;
}

// What a generated call checks and sends from rules of the spec that its types cannot hold: each multipart
// part's Content-Type (`encoding`), the fields an `anyOf` of `required` asks for, and the headers an
// operation requires. Core applies them (multipartBody's `encoding`, `missingAnyOf`, `requiredHeaders`).
import { deref } from './deref.mjs';

/**
 * OpenAPI 3.1's Content-Type of a part without `encoding`: objects (and arrays of them) are JSON, a string's
 * `contentMediaType`, bytes (`format: binary`) octet-stream, the rest text/plain.
 */
function defaultPartType(spec, schema) {
  const s = deref(spec, schema) ?? {};
  const item = [s.type].flat().includes('array') ? (deref(spec, s.items) ?? {}) : s;
  const types = [item.type].flat();
  if (types.includes('object') || types.includes('array')) return 'application/json';
  if (item.contentMediaType) return item.contentMediaType;
  if (item.format === 'binary') return 'application/octet-stream';
  return 'text/plain';
}

/**
 * The Content-Type of each part of a multipart body, by name, as the spec gives it (`encoding`, else
 * OpenAPI's default for the property's schema). Text parts (text/plain) and parts of any type (`*\/*`, a
 * file's own) are left out: core's encoder already sends them so.
 * @example partTypes(spec, { schema, encoding: { custom_data: { contentType: 'application/json' } } }) // { custom_data: 'application/json' }
 */
export function partTypes(spec, media) {
  const schema = deref(spec, media?.schema);
  const out = {};
  for (const [name, property] of Object.entries(schema?.properties ?? {})) {
    const type = media.encoding?.[name]?.contentType ?? defaultPartType(spec, property);
    if (type !== 'text/plain' && type.trim() !== '*/*') out[name] = type;
  }
  return out;
}

/**
 * The field sets a body's `anyOf` of `required` asks for (one must be complete), each field with the least
 * number of items it must have: the branch's `minItems`, and at least 1 for a list sent as multipart parts,
 * since an empty one sends no part at all. Undefined when the body has no such `anyOf` (an `anyOf` of types
 * is the compiler's business).
 * @example requiredAnyOf(spec, { anyOf: [{ required: ['files'] }, { required: ['urls'] }] }, 'multipart')
 */
export function requiredAnyOf(spec, bodySchema, bodyType) {
  const branches = bodySchema?.anyOf?.map((b) => deref(spec, b));
  if (!branches?.length || !branches.every((b) => Array.isArray(b?.required) && b.required.length))
    return undefined;
  return branches.map((branch) =>
    Object.fromEntries(
      branch.required.map((name) => {
        const property = deref(spec, bodySchema.properties?.[name]);
        const list = [property?.type].flat().includes('array');
        const min = deref(spec, branch.properties?.[name])?.minItems ?? property?.minItems ?? 0;
        return [name, list && bodyType === 'multipart' ? Math.max(min, 1) : min];
      }),
    ),
  );
}

/**
 * The headers an operation requires that the client fills from an option (apiKey header schemes with
 * `x-sdk-default`, named by every security requirement of the operation), each with the message for a
 * caller who left it unset: the scheme's `x-sdk-missing`, else its description, else the option to set.
 * @example requiredHeaders(spec, op) // { 'X-Workspace-Id': 'the workspace this call acts on: pass `workspaceId`…' }
 */
export function requiredHeaders(spec, op) {
  const requirements = op.security ?? spec.security ?? [];
  const out = {};
  for (const [key, scheme] of Object.entries(spec.components?.securitySchemes ?? {})) {
    if (scheme.type !== 'apiKey' || scheme.in !== 'header' || !scheme['x-sdk-default']) continue;
    if (!requirements.length || !requirements.every((r) => key in r)) continue;
    const message =
      scheme['x-sdk-missing'] ??
      scheme.description ??
      `set the client's \`${scheme['x-sdk-default']}\` option.`;
    out[scheme.name] = message.replace(/\s+/g, ' ').trim();
  }
  return out;
}

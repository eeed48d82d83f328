// What the resource emitters know about one operation of the spec: its parameters, body, answer, paging and
// stream, read once here so that each emitter only writes code.
import { partTypes, requiredAnyOf, requiredHeaders } from './checks.mjs';
import { deref } from './deref.mjs';
import { pascal } from './names.mjs';
import { streamOf } from './stream.mjs';

export const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/** The `x-pagination` keys core's `paginate()` reads, by style (`PaginationConfig`). */
const CLIENT_PAGING_KEYS = {
  cursor: ['cursorParam', 'nextCursor'],
  offset: ['offsetParam', 'limitParam', 'hasMore', 'total'],
  page: ['pageParam', 'firstPage', 'hasMore', 'next', 'total'],
  after: ['afterParam', 'idField', 'hasMore', 'afterFields'],
};

/**
 * The client's paging config: `x-pagination` without the keys only the mock reads (`count`, `limitField`,
 * `offsetField`, a cursor or after list's `total`), which would cost bundle bytes and break the config's
 * type. A list that answers `hasMore` stops on it: its `total` is the mock's too, so a total the docs leave
 * unclear (a count of the page, or of all records?) can never end the client's walk early.
 */
function clientPaging(paging) {
  if (!paging) return undefined;
  const keep = ['style', 'items', ...(CLIENT_PAGING_KEYS[paging.style] ?? Object.keys(paging))];
  if (paging.hasMore) keep.splice(keep.indexOf('total'), keep.includes('total') ? 1 : 0);
  return Object.fromEntries(Object.entries(paging).filter(([key]) => keep.includes(key)));
}

/** How a request body is sent: JSON, a multipart form, or raw bytes of the declared media type. */
function bodyKind(content) {
  if (content['application/json']) return { bodyType: 'json', mediaType: 'application/json' };
  if (content['multipart/form-data']) return { bodyType: 'multipart', mediaType: 'multipart/form-data' };
  const mediaType = Object.keys(content)[0];
  return mediaType ? { bodyType: 'binary', mediaType } : { bodyType: undefined, mediaType: undefined };
}

/** How a success body is read: JSON (openapi-fetch's default), text, or a Blob for any other media type. */
function responseKind(spec, op, status) {
  const types = Object.keys(deref(spec, op.responses[status])?.content ?? {});
  if (!types.length || types.some((t) => /json/.test(t))) return undefined;
  return types.every((t) => t.startsWith('text/')) ? 'text' : 'blob';
}

/** Header credentials the client fills (apiKey schemes with x-sdk-default), sent where the operation's
 * security names them and removed (null) where it does not, e.g. Hotdata's X-Workspace-Id. */
function headerDefaultsOf(spec, op) {
  const security = new Set((op.security ?? spec.security ?? []).flatMap((r) => Object.keys(r)));
  return Object.entries(spec.components?.securitySchemes ?? {})
    .filter(([, scheme]) => scheme.type === 'apiKey' && scheme.in === 'header' && scheme['x-sdk-default'])
    .map(([key, scheme]) => ({
      name: scheme.name,
      option: scheme['x-sdk-default'],
      sent: security.has(key),
    }));
}

/** Everything the resource emitters need to know about one operation. */
export function describeOperation(spec, path, method, op) {
  const params = [...(spec.paths[path].parameters ?? []), ...(op.parameters ?? [])].map((p) =>
    deref(spec, p),
  );
  const allPathParams = params
    .filter((p) => p.in === 'path')
    .sort((a, b) => path.indexOf(`{${a.name}}`) - path.indexOf(`{${b.name}}`));
  const queryParams = params.filter((p) => p.in === 'query');
  const content = deref(spec, op.requestBody)?.content ?? {};
  const { bodyType, mediaType } = bodyKind(content);
  const bodySchema = bodyType && bodyType !== 'binary' && deref(spec, content[mediaType].schema);
  const successStatus = Object.keys(op.responses).find((s) => /^2/.test(s));
  return {
    path,
    method,
    op,
    resource: op.tags[0],
    name: op['x-sdk-method'],
    typeBase: pascal(op.tags[0]) + pascal(op['x-sdk-method']),
    allPathParams,
    // Path parameters the client fills (x-sdk-default) are named in the params object, not by position.
    pathParams: allPathParams.filter((p) => !p['x-sdk-default']),
    defaultPathParams: allPathParams.filter((p) => p['x-sdk-default']),
    queryParams,
    defaults: [...allPathParams, ...queryParams].filter((p) => p['x-sdk-default']),
    headerDefaults: headerDefaultsOf(spec, op),
    bodyType,
    mediaType,
    bodyIsObject:
      bodyType === 'multipart' || (bodySchema && (bodySchema.type === 'object' || bodySchema.properties)),
    bodyRequired: Boolean(deref(spec, op.requestBody)?.required),
    bodyFields: bodySchema?.properties
      ? Object.entries(bodySchema.properties).map(([name, schema]) => ({
          name,
          repeated: deref(spec, schema)?.type === 'array',
          required: (bodySchema.required ?? []).includes(name),
        }))
      : [],
    // Rules the types cannot hold, checked or applied by core (scripts/generator/checks.mjs).
    partTypes: bodyType === 'multipart' ? partTypes(spec, content[mediaType]) : {},
    anyOf:
      bodyType === 'json' || bodyType === 'multipart' ? requiredAnyOf(spec, bodySchema, bodyType) : undefined,
    requiredHeaders: requiredHeaders(spec, op),
    pagination: clientPaging(op['x-pagination']),
    successStatus,
    parseAs: successStatus ? responseKind(spec, op, successStatus) : undefined,
    stream: streamOf(spec, op),
  };
}

/**
 * The methods of a spec, in its order. An operation that answers JSON or a stream by a body flag
 * (`x-stream-flag`) is two methods: `name()` answers JSON, `nameStream()` sets the flag and streams.
 * @example for (const o of operations(spec)) console.log(`${o.resource}.${o.name}`);
 */
export function operations(spec) {
  const ops = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of METHODS) {
      if (!item[method]) continue;
      const o = describeOperation(spec, path, method, item[method]);
      if (o.stream?.flag) {
        const flag = o.stream.flag;
        ops.push({ ...o, stream: undefined, flag, flagValue: false });
        ops.push({ ...o, name: `${o.name}Stream`, typeBase: `${o.typeBase}Stream`, flag, flagValue: true });
      } else ops.push(o);
    }
  }
  return ops;
}

// generated/mock-routes.ts: the route table a client's mock runs on (`createMockApi` in @org/sdk-core/msw).
// What the spec knows about each operation (method, path, request body, success status, paging, the
// `limit` parameter's bounds and the query parameters' schemas) is written here once, so the hand-written
// mock restates none of it. The query schemas live here, not in `schemas.ts`: only the mock reads them.
import { banner } from './banner.mjs';
import { deref } from './deref.mjs';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];
/** Query parameters that set a page's size, when `x-pagination` names none (`limitParam`). */
const LIMIT_NAMES = ['limit', 'page_size', 'pageSize', 'per_page'];

/** How the request body is sent, as the mock must read it; its schema's name when it is a `$ref`. */
function bodyOf(spec, op) {
  const body = deref(spec, op.requestBody);
  if (!body?.content) return undefined;
  const [media, content] = Object.entries(body.content)[0];
  const kind = /json/.test(media)
    ? 'json'
    : /multipart/.test(media)
      ? 'multipart'
      : /x-www-form-urlencoded/.test(media)
        ? 'form'
        : /^text\//.test(media)
          ? 'text'
          : 'binary';
  const ref = content?.schema?.$ref;
  return {
    kind,
    ...(typeof ref === 'string' ? { schema: ref.split('/').pop() } : {}),
    required: body.required === true,
  };
}

/** The first 2xx status the operation answers (200 when it lists none). */
function successStatus(op) {
  const status = Object.keys(op.responses ?? {}).find((s) => /^2\d\d$/.test(s));
  return status ? Number(status) : 200;
}

/** `x-pagination` plus the page-size parameter's name, default and maximum (from its schema). */
function paginationOf(spec, item, op) {
  const paging = op['x-pagination'];
  if (!paging) return undefined;
  const params = [...(item.parameters ?? []), ...(op.parameters ?? [])]
    .map((p) => deref(spec, p))
    .filter((p) => p?.in === 'query');
  const names = paging.limitParam ? [paging.limitParam] : LIMIT_NAMES;
  const param = params.find((p) => names.includes(p.name));
  const schema = param && deref(spec, param.schema);
  const limit = param && {
    param: param.name,
    ...(schema?.default !== undefined ? { default: schema.default } : {}),
    ...(schema?.maximum !== undefined ? { maximum: schema.maximum } : {}),
  };
  return { ...paging, ...(limit ? { limit } : {}) };
}

/** The schema keywords the mock's query check (`checkQuery` in @org/sdk-core/msw) reads. */
const QUERY_KEYWORDS = [
  'type',
  'enum',
  'format',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'pattern',
];

/**
 * A query parameter's schema cut to what the check reads: `$ref`s resolved, a `null` branch of `anyOf`
 * dropped (a query string cannot send null), `allOf` and a one-branch `anyOf` folded in. An open enum
 * (`x-sdk-open-enum`) keeps no `enum`: the API may take values the spec does not list yet.
 */
export function querySchema(spec, node) {
  const schema = deref(spec, node);
  if (!schema || typeof schema !== 'object') return {};
  const out = {};
  for (const key of QUERY_KEYWORDS) if (schema[key] !== undefined) out[key] = schema[key];
  if (Array.isArray(out.type)) {
    const types = out.type.filter((t) => t !== 'null');
    out.type = types.length === 1 ? types[0] : types;
  }
  if (out.type === 'null') delete out.type;
  if (schema['x-sdk-open-enum']) delete out.enum;
  if (schema.items) out.items = querySchema(spec, schema.items);
  for (const part of schema.allOf ?? []) Object.assign(out, querySchema(spec, part));
  const branches = (schema.anyOf ?? schema.oneOf ?? [])
    .map((b) => deref(spec, b))
    .filter((b) => b?.type !== 'null');
  if (branches.length === 1) Object.assign(out, querySchema(spec, branches[0]));
  else if (branches.length > 1) out.anyOf = branches.map((b) => querySchema(spec, b));
  return out;
}

/** Whether the check has nothing to hold a parameter to: optional, any string. */
const unchecked = (param) =>
  !param.required &&
  Object.keys(param.schema).every((k) => k === 'type') &&
  [undefined, 'string'].includes(param.schema.type);

/**
 * The parameters a list's `page()` reads in the engine (by the same default names), which it checks
 * itself and answers through the vendor's `pageError`.
 */
const pageParams = (p) =>
  p
    ? [
        p.limit?.param ?? 'limit',
        p.pageParam ?? 'page',
        p.offsetParam ?? 'offset',
        p.cursorParam ?? 'cursor',
        p.afterParam ?? 'after',
      ]
    : [];

/**
 * The operation's query parameters for the mock's check: name, whether required, schema, array form.
 * Parameters the check would pass whatever is sent, and the page parameters, are left out.
 */
function queryOf(spec, item, op, pagination) {
  const params = [...(item.parameters ?? []), ...(op.parameters ?? [])]
    .map((p) => deref(spec, p))
    .filter((p) => p?.in === 'query');
  const all = params.map((p) => {
    const style = p.style ?? 'form';
    const explode = p.explode ?? style === 'form';
    return {
      name: p.name,
      ...(p.required ? { required: true } : {}),
      schema: querySchema(spec, p.schema),
      ...(style !== 'form' ? { style } : {}),
      ...(explode ? {} : { explode: false }),
    };
  });
  const paged = pageParams(pagination);
  return all.filter((p) => !unchecked(p) && !paged.includes(p.name));
}

/**
 * Routes in the order msw must try them: where two paths differ only in that one has a static segment
 * where the other has a `{param}` (`/files/status-counts`, `/files/{file_id}`), the static one comes first.
 * Sorting by the list of each segment's "is a parameter" flag (a total order, as sort needs) does that;
 * paths with the same flags keep spec order.
 */
export function routeOrder(a, b) {
  const flags = (path) => path.split('/').map((s) => (/^\{.*\}$/.test(s) ? 1 : 0));
  const fa = flags(a.path);
  const fb = flags(b.path);
  for (let i = 0; i < Math.min(fa.length, fb.length); i++) if (fa[i] !== fb[i]) return fa[i] - fb[i];
  return fa.length - fb.length;
}

/**
 * The mock routes of every operation of a spec.
 * @example mockRoutes(spec)[0] // { operationId: 'getItem', method: 'get', path: '/items/{item_id}', status: 200, ... }
 */
export function mockRoutes(spec) {
  const routes = [];
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op?.operationId) continue;
      const body = bodyOf(spec, op);
      const pagination = paginationOf(spec, item, op);
      const query = queryOf(spec, item, op, pagination);
      routes.push({
        operationId: op.operationId,
        method,
        path,
        key: `${method.toUpperCase()} ${path}`,
        status: successStatus(op),
        ...(body ? { body } : {}),
        ...(pagination ? { pagination } : {}),
        ...(query.length ? { query } : {}),
      });
    }
  }
  return routes.sort(routeOrder);
}

/**
 * The mock-routes module of one spec: `routes` (for `createMockApi`) and `Operations` (operationId ->
 * the openapi-typescript operation), which types each resolver and override.
 * @example writeFileSync('src/generated/mock-routes.ts', mockRoutesModule(spec, 'specs/unstract.yaml'));
 */
export function mockRoutesModule(spec, specPath) {
  const routes = mockRoutes(spec);
  const ops = routes.map((r) => `  ${r.operationId}: paths['${r.path}']['${r.method}'];`);
  return `${banner(specPath)}// The spec's operations as the mock engine routes them (@org/sdk-core/msw \`createMockApi\`).
import type { MockRoute } from '@org/sdk-core/msw';
import type { paths } from './schema';

/** Each operation of the spec by operationId: its openapi-typescript type, which types resolvers and overrides. */
export interface Operations {
${ops.join('\n')}
}

/** Every operation's route, static path segments before \`{param}\`s so msw matches the specific one first. */
export const routes: readonly MockRoute<keyof Operations & string>[] = ${JSON.stringify(routes, null, 2)};
`;
}

// generated/resources.ts: the resource namespaces, one method per operation of the spec. Each kind of
// output has its own emitter: types (method-types), signature, doc comment (doc), request (request,
// request-body, multipart), and the call a method returns (pagination, stream, or a plain request).
import { banner } from './banner.mjs';
import { methodDoc } from './doc.mjs';
import { methodTypes, responseTypeName } from './method-types.mjs';
import { operations } from './operation.mjs';
import { paginatedCall, pagingConfigs } from './pagination.mjs';
import { paramsShape } from './params.mjs';
import { requestPlan, requiredHeaderSets } from './request.mjs';
import { methodSignature } from './signature.mjs';
import { streamCall } from './stream.mjs';

const IMPORTS = [
  'type ApiClient',
  'type ApiPromise',
  'type MultipartValue',
  'type NamedServerSentEvent',
  'type OptionalOrUndefined',
  'type PagePromise',
  'paginate',
  'type RequestOptions',
  'type ResponseData',
  'type StreamPromise',
  'type UploadRequestOptions',
  'type UploadSource',
];
/** The plumbing from core's internal entry (not semver-covered; the clients are its only users). */
const INTERNAL_IMPORTS = [
  'missingAnyOf',
  'multipartBody',
  'nameOperations',
  'streamResponse',
  'toUploadBody',
];

/** The statement a method returns: a stream, a paged list, or one request. */
function callStatement(o, plan, paging) {
  if (o.stream) return streamCall(o, plan.init, plan.fields);
  if (o.pagination)
    return paginatedCall(o, responseTypeName(o), plan.init, paging.name(o.pagination), plan.query);
  return `return api.request('${o.method}', '${o.path}', ${plan.init});`;
}

/** One method: its doc comment, signature and body, and the types it exports. */
function method(o, shared) {
  const params = paramsShape(o);
  const plan = requestPlan(o, params, shared.headerSets);
  const statements = [...plan.lines, callStatement(o, plan, shared.paging)];
  const code =
    methodDoc(o, { example: !params.required && o.bodyType !== 'binary' }) +
    `      ${methodSignature(o, params)} {\n${statements.map((s) => `        ${s}\n`).join('')}      },\n`;
  return { types: methodTypes(o, params), code };
}

/** The servers by the `environment` option that selects each. */
const servers = (spec) =>
  Object.fromEntries(
    (spec.servers ?? []).map((s, i) => [
      s['x-sdk-environment'] ?? (i === 0 ? 'default' : `server${i}`),
      s.url,
    ]),
  );

/**
 * The resources module of one spec.
 * @example writeFileSync('src/generated/resources.ts', resourcesModule(spec, 'specs/hotdata.yaml'));
 */
export function resourcesModule(spec, specPath) {
  const ops = operations(spec);
  const defaults = [
    ...new Set(
      ops.flatMap((o) => [
        ...o.defaults.map((p) => p['x-sdk-default']),
        ...o.headerDefaults.map((h) => h.option),
      ]),
    ),
  ];
  const shared = { paging: pagingConfigs(ops), headerSets: requiredHeaderSets() };
  let types = '';
  let body = '';
  const byResource = new Map();
  for (const o of ops) byResource.set(o.resource, [...(byResource.get(o.resource) ?? []), o]);
  for (const [resource, list] of byResource) {
    body += `    ${resource}: {\n`;
    for (const o of list) {
      const m = method(o, shared);
      types += m.types;
      body += m.code;
    }
    body += '    },\n';
  }

  return `${banner(specPath)}import { ${IMPORTS.join(', ')} } from '@org/sdk-core';
import { ${INTERNAL_IMPORTS.join(', ')} } from '@org/sdk-core/internal';
import type { paths } from './schema';

/** The API's servers, by the \`environment\` option that selects each (the first is the default). */
export const servers = ${JSON.stringify(servers(spec))} as const;

/** Statuses the vendor uses for "not processed, try again" beyond core's (the spec's \`x-sdk-retry-statuses\`). */
export const retryStatuses: readonly number[] = ${JSON.stringify(spec['x-sdk-retry-statuses'] ?? [])};

${types}/** Values the client fills in when a call leaves them out. */
export interface ResourceDefaults {
${defaults.map((d) => `  ${d}?: string | undefined;`).join('\n')}
}

${shared.paging.declarations()}${shared.headerSets.declarations()}/** The resource namespaces, one method per operation of the spec. */
export function createResources(api: ApiClient<paths>, defaults: ResourceDefaults) {
  // Every method is named \`group.method\` for hooks and traces.
  return nameOperations({
${body}  });
}

/** The resource namespaces of the client. */
export type Resources = ReturnType<typeof createResources>;
`;
}

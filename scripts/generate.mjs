// pnpm generate [vendor ...]: writes each client's src/generated/ from its spec. One map drives it (TARGETS
// below); CI regenerates and fails on any difference (scripts/check-generated.mjs).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString, NULL, STRING, tsIntersection, tsLiteral, tsUnion } from 'openapi-typescript';
import ts from 'typescript';
import { parse } from 'yaml';
import { partTypes, requiredAnyOf, requiredHeaders } from './generator/checks.mjs';
import { deref } from './generator/deref.mjs';
import { camel, methodDoc } from './generator/doc.mjs';
import { banner } from './generator/banner.mjs';
import { clientModule } from './generator/client-module.mjs';
import { exportsModule } from './generator/exports-module.mjs';
import { limitsModule } from './generator/limits-module.mjs';
import { validateModule } from './generator/validate-module.mjs';

/** spec -> package: `specs/<vendor>.yaml` generates into `packages/<vendor>-client`, once that package exists. */
export const TARGETS = readdirSync('specs')
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => ({
    vendor: f.replace(/\.yaml$/, ''),
    spec: `specs/${f}`,
    pkg: `packages/${f.replace(/\.yaml$/, '')}-client`,
  }))
  .filter((t) => existsSync(join(t.pkg, 'package.json')));

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/** A local variable for a parameter name that may not be an identifier (`order_by_metric.benchmark_id`). */
const local = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : name.replace(/\W/g, '_'));
/** An object key for a parameter name, quoted when it must be. */
const key = (name) => (local(name) === name ? name : `'${name}'`);
const pascal = (s) => camel(s).replace(/^[a-z]/, (c) => c.toUpperCase());

/**
 * An enum the spec marks `x-sdk-open-enum` stays open: a value the server adds later is `string & {}`, not a
 * type error, and the type is still a string. Any other enum is closed: its type is the listed values.
 */
function openEnums(schemaObject) {
  if (schemaObject['x-sdk-open-enum'] !== true || !Array.isArray(schemaObject.enum)) return undefined;
  if (!schemaObject.enum.some((v) => typeof v === 'string')) return undefined;
  if (!schemaObject.enum.every((v) => typeof v === 'string' || v === null)) return undefined;
  const members = schemaObject.enum.filter((v) => v !== null).map((v) => tsLiteral(v));
  members.push(tsIntersection([STRING, ts.factory.createTypeLiteralNode([])]));
  if (schemaObject.enum.includes(null)) members.push(NULL);
  return tsUnion(members);
}

/** `{ format, mediaType, status }` when the operation's success answer is an `x-stream` (SSE or NDJSON). */
function streamOf(spec, op) {
  for (const [status, response] of Object.entries(op.responses)) {
    if (!/^2/.test(status)) continue;
    for (const [mediaType, media] of Object.entries(deref(spec, response)?.content ?? {})) {
      const format = media['x-stream'] ?? deref(spec, response)['x-stream'];
      if (format === 'sse' || format === 'ndjson') {
        // x-stream-flag: the body field that asks for the stream (the same operation answers JSON without it).
        // x-stream-done: the data of the event that ends the stream (OpenAI-style '[DONE]'); such streams carry
        // no event names, so each item is the event's parsed data. x-stream-items: data says the same for a
        // stream without a done event. x-stream-error / x-stream-final: the item that is the server's error,
        // and the item that must end the stream (optionally only when a body field asks for it).
        const stream = {
          format,
          mediaType,
          status,
          flag: media['x-stream-flag'],
          done: media['x-stream-done'],
          itemsAreData: media['x-stream-items'] === 'data' || media['x-stream-done'] !== undefined,
          error: media['x-stream-error'],
          final: media['x-stream-final'],
        };
        if (stream.done !== undefined && stream.final)
          throw new Error(
            `${op.operationId}: x-stream-done and x-stream-final both say how the stream ends; keep one`,
          );
        return stream;
      }
    }
  }
  return undefined;
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

/** Everything the resource generator needs to know about one operation. */
function describeOperation(spec, path, method, op) {
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
  // Header credentials the client fills (apiKey schemes with x-sdk-default), sent where the operation's
  // security names them and removed (null) where it does not, e.g. Hotdata's X-Workspace-Id.
  const security = new Set((op.security ?? spec.security ?? []).flatMap((r) => Object.keys(r)));
  const headerDefaults = Object.entries(spec.components?.securitySchemes ?? {})
    .filter(([, scheme]) => scheme.type === 'apiKey' && scheme.in === 'header' && scheme['x-sdk-default'])
    .map(([key, scheme]) => ({
      name: scheme.name,
      option: scheme['x-sdk-default'],
      sent: security.has(key),
    }));
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
    headerDefaults,
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
    pagination: op['x-pagination'],
    successStatus,
    parseAs: successStatus ? responseKind(spec, op, successStatus) : undefined,
    stream: streamOf(spec, op),
  };
}

export function resourcesModule(spec, specPath) {
  const ops = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of METHODS) {
      if (!item[method]) continue;
      const o = describeOperation(spec, path, method, item[method]);
      if (o.stream?.flag) {
        // One operation, two methods: `name()` answers JSON, `nameStream()` sets the flag and streams.
        const flag = o.stream.flag;
        ops.push({ ...o, stream: undefined, flag, flagValue: false });
        ops.push({ ...o, name: `${o.name}Stream`, typeBase: `${o.typeBase}Stream`, flag, flagValue: true });
      } else ops.push(o);
    }
  }
  const defaults = [
    ...new Set(
      ops.flatMap((o) => [
        ...o.defaults.map((p) => p['x-sdk-default']),
        ...o.headerDefaults.map((h) => h.option),
      ]),
    ),
  ];
  let types = '';
  let body = '';
  // Lists that walk their pages alike share one config object; a config used once stays inline.
  const pagingUses = new Map();
  for (const o of ops) {
    const json = o.pagination && JSON.stringify(o.pagination);
    if (json) pagingUses.set(json, (pagingUses.get(json) ?? 0) + 1);
  }
  // Each distinct set of required headers is one module constant, named by the calls that need it.
  const headerSets = new Map();
  const headerSetName = (set) => {
    const json = JSON.stringify(set);
    if (!headerSets.has(json)) headerSets.set(json, `requiredHeaders${headerSets.size + 1}`);
    return headerSets.get(json);
  };
  const paging = new Map();
  const pagingName = (config) => {
    const json = JSON.stringify(config);
    if (pagingUses.get(json) < 2) return json;
    if (!paging.has(json)) paging.set(json, `paging${paging.size + 1}`);
    return paging.get(json);
  };
  const byResource = new Map();
  for (const o of ops) byResource.set(o.resource, [...(byResource.get(o.resource) ?? []), o]);

  for (const [resource, list] of byResource) {
    body += `    ${resource}: {\n`;
    for (const o of list) {
      const P = `paths['${o.path}']['${o.method}']`;
      const named = [...o.queryParams, ...o.defaultPathParams];
      const queryType = o.queryParams.length ? `NonNullable<${P}['parameters']['query']>` : '{}';
      const defaultPathType = o.defaultPathParams.length
        ? `{ ${o.defaultPathParams.map((p) => `${p.name}?: string`).join('; ')} }`
        : '';
      const namedType = [queryType, defaultPathType].filter((t) => t && t !== '{}').join(' & ') || '{}';
      const jsonBody = `${P}['requestBody'] extends { content: { 'application/json': infer B } } | undefined ? B : never`;
      const bodyTs =
        o.bodyType === 'json'
          ? o.flagValue === undefined
            ? jsonBody
            : `Omit<${jsonBody}, '${o.flag}'>`
          : o.bodyType === 'multipart'
            ? `{ ${o.bodyFields.map((f) => `${f.name}${f.required ? '' : '?'}: ${f.repeated ? 'MultipartValue | MultipartValue[]' : 'MultipartValue'}`).join('; ')} }`
            : undefined;
      const arrayBody = o.bodyType === 'json' && !o.bodyIsObject;
      if (arrayBody && named.some((p) => !p['x-sdk-default'])) {
        throw new Error(
          `${o.op.operationId}: an array body with query parameters needs a params shape; decide one in the generator`,
        );
      }
      // The params object: body fields and named parameters together, or the bare body when it is an array.
      const paramsType = arrayBody
        ? `${bodyTs}`
        : o.bodyType === 'json' || o.bodyType === 'multipart'
          ? `(${bodyTs}) & ${namedType}`
          : namedType;
      const hasParams = arrayBody || paramsType !== '{}';
      const requiredQuery = o.queryParams.some((p) => p.required && !p['x-sdk-default']);
      const paramsRequired =
        ((o.bodyType === 'json' || o.bodyType === 'multipart') && o.bodyRequired) || requiredQuery;
      const paramsName = `${o.typeBase}Params`;
      const responseName = `${o.typeBase}Response`;
      if (hasParams) {
        types += `/** Parameters of \`${resource}.${o.name}()\` (${o.method.toUpperCase()} ${o.path}). */\nexport type ${paramsName} = ${paramsType};\n`;
      }
      const responseTs =
        o.flagValue === false
          ? `${P}['responses'][${o.successStatus}]['content']['application/json']`
          : o.parseAs === 'blob'
            ? 'Blob'
            : o.parseAs === 'text'
              ? 'string'
              : `ResponseData<paths, '${o.path}', '${o.method}'>`;
      types += `/** What \`${resource}.${o.name}()\` resolves with. */\nexport type ${responseName} = ${responseTs};\n`;
      const itemType = o.pagination ? `${o.typeBase}Item` : undefined;
      if (itemType) {
        const access = o.pagination.items
          .split('.')
          .filter(Boolean)
          .map((k) => `['${k}']`)
          .join('');
        types += `/** One item of \`${resource}.${o.name}()\`. */\nexport type ${itemType} = NonNullable<${responseName}${access}>[number];\n`;
      }
      types += '\n';

      const args = [
        ...o.pathParams.map((p) => `${camel(p.name)}: string`),
        ...(o.bodyType === 'binary' ? [`body: UploadSource`] : []),
        ...(hasParams ? [`params: ${paramsName}${paramsRequired ? '' : ' = {}'}`] : []),
        'options?: RequestOptions',
      ];
      const objectBody = (o.bodyType === 'json' || o.bodyType === 'multipart') && !arrayBody;
      // Without a body the params object is the query, less the path parameters the client fills: a key the
      // spec does not name yet is sent, not dropped. With a body its fields are the rest and the query is named.
      const queryIsRest = !objectBody && !arrayBody && o.queryParams.length > 0;
      const access = (object, name) => (local(name) === name ? `${object}.${name}` : `${object}['${name}']`);
      const givenValue = (p) => (objectBody || queryIsRest ? local(p.name) : access('params', p.name));
      const withDefault = (p) =>
        arrayBody ? `defaults.${p['x-sdk-default']}` : `${givenValue(p)} ?? defaults.${p['x-sdk-default']}`;
      // By name, so that the compiler checks each against the spec's path parameters.
      const pathEntries = o.allPathParams.map(
        // A path parameter the client fills and nobody set is '', which core refuses naming the parameter.
        (p) => `${key(p.name)}: ${p['x-sdk-default'] ? `${withDefault(p)} ?? ''` : camel(p.name)}`,
      );
      const binding = (p) => (local(p.name) === p.name ? p.name : `${key(p.name)}: ${local(p.name)}`);
      let lines = '';
      let query = '';
      // The body: the params object less its named parameters, or the params object itself when it has none.
      const bodyFields = named.length ? 'rest' : 'params';
      if (objectBody) {
        lines += named.length
          ? `        const { ${[...named.map(binding), '...rest'].join(', ')} } = params;\n`
          : '';
        if (o.queryParams.length) {
          const entries = o.queryParams.map((p) =>
            p['x-sdk-default'] ? `${key(p.name)}: ${withDefault(p)}` : binding(p),
          );
          lines += `        const query = { ${entries.join(', ')} };\n`;
          query = 'query';
        }
      } else if (arrayBody) {
        if (o.queryParams.length) {
          lines += `        const query = { ${o.queryParams.map((p) => `${key(p.name)}: ${withDefault(p)}`).join(', ')} };\n`;
          query = 'query';
        }
      } else if (queryIsRest) {
        const filled = o.queryParams.filter((p) => p['x-sdk-default']);
        const source = o.defaultPathParams.length ? (filled.length ? 'rest' : 'query') : 'params';
        if (o.defaultPathParams.length)
          lines += `        const { ${[...o.defaultPathParams.map(binding), `...${source}`].join(', ')} } = params;\n`;
        if (filled.length) {
          const fills = filled.map(
            (p) => `${key(p.name)}: ${access(source, p.name)} ?? defaults.${p['x-sdk-default']}`,
          );
          lines += `        const query = { ...${source}, ${fills.join(', ')} };\n`;
        }
        query = filled.length || source === 'query' ? 'query' : 'params';
      }
      // A paged call's query is its page function's argument; the first page's is `query` below.
      const callQuery = !query ? '' : o.pagination || query === 'query' ? 'query' : `query: ${query}`;
      const paramsInit = [pathEntries.length ? `path: { ${pathEntries.join(', ')} }` : '', callQuery]
        .filter(Boolean)
        .join(', ');
      let bodyInit = '';
      const headers = o.headerDefaults.map((h) => `'${h.name}': ${h.sent ? `defaults.${h.option}` : 'null'}`);
      if (o.bodyType === 'multipart') {
        // Parts go out with the Content-Type the spec's `encoding` gives them.
        const types = Object.keys(o.partTypes).length ? `, ${JSON.stringify(o.partTypes)}` : '';
        lines += `        const form = multipartBody(${bodyFields}${types});\n`;
        bodyInit = ', body: form.body';
        headers.push('...options?.headers', "'Content-Type': form.contentType");
      } else if (o.bodyType === 'binary') {
        // Raw bytes: streams go out as they are read; the caller's Content-Type (the file's) wins.
        bodyInit = ', body: toUploadBody(body)';
        headers.push(`'Content-Type': '${o.mediaType}'`, '...options?.headers');
      } else if (arrayBody) {
        bodyInit = ', body: params';
      } else if (o.bodyType) {
        bodyInit = `, body: ${o.flagValue === undefined ? bodyFields : `{ ...${bodyFields}, ${o.flag}: ${o.flagValue} }`}`;
      }
      if (headers.length && !headers.includes('...options?.headers')) headers.push('...options?.headers');
      if (headers.length) bodyInit += `, headers: { ${headers.join(', ')} }`;
      if (Object.keys(o.requiredHeaders).length)
        bodyInit += `, requiredHeaders: ${headerSetName(o.requiredHeaders)}`;
      // The spec's "one of these field sets" (an anyOf of required): refused before sending, naming them.
      if (o.anyOf && objectBody)
        bodyInit += `, refuse: missingAnyOf('${resource}.${o.name}()', ${bodyFields}, ${JSON.stringify(o.anyOf)})`;
      // A stream's body is read by the stream reader, never parsed.
      const parseAs = o.parseAs && !o.stream ? `, parseAs: '${o.parseAs}'` : '';
      const initFields = `${paramsInit ? `, params: { ${paramsInit} }` : ''}${bodyInit}${parseAs}`;
      const init = initFields ? `{ ...options${initFields} }` : 'options';
      body += methodDoc(o, { example: !paramsRequired && o.bodyType !== 'binary' });
      if (o.stream) {
        const eventType = `${o.typeBase}Event`;
        types = types.replace(
          `export type ${responseName} = ${responseTs};\n`,
          `export type ${responseName} = StreamPromise<${eventType}>;\n/** One event of \`${resource}.${o.name}()\`. */\nexport type ${eventType} = ${P}['responses'][${o.stream.status}]['content']['${o.stream.mediaType}'];\n`,
        );
        body += `      ${o.name}(${args.join(', ')}): StreamPromise<${eventType}> {\n${lines}`;
        const match = (rule) =>
          `(e) => (e as Record<string, unknown>)[${JSON.stringify(rule.field)}] === ${JSON.stringify(rule.value)}`;
        const streamOptions = ['signal: options?.signal'];
        if (o.stream.format === 'sse') {
          // With a done event, that event is the only end marker: a stream that closes without it was cut.
          if (o.stream.done !== undefined)
            streamOptions.push(`doneData: ${JSON.stringify(o.stream.done)}`, 'isFinal: () => false');
          streamOptions.push(
            o.stream.itemsAreData
              ? 'decode: (m) => JSON.parse(m.data)'
              : 'decode: (m) => ({ event: m.event, data: JSON.parse(m.data), id: m.id }) as never',
          );
        }
        if (o.stream.error) streamOptions.push(`isErrorItem: ${match(o.stream.error)}`);
        if (o.stream.final) {
          const final = o.stream.final;
          if (final.when && o.bodyType !== 'json')
            throw new Error(
              `${o.op.operationId}: x-stream-final.when names a body field, but the request has no JSON body`,
            );
          streamOptions.push(
            final.when
              ? `isFinal: ${bodyFields}.${final.when} ? ${match(final)} : undefined`
              : `isFinal: ${match(final)}`,
          );
        }
        body += `        return streamResponse<${eventType}>(() => api.requestStream('${o.method}', '${o.path}', ${init}), '${o.stream.format}', { ${streamOptions.join(', ')} });\n      },\n`;
      } else if (o.pagination) {
        body += `      ${o.name}(${args.join(', ')}): PagePromise<${responseName}, ${o.typeBase}Item> {\n${lines}`;
        body += `        return paginate<${responseName}, ${o.typeBase}Item>(\n          (query) => api.request('${o.method}', '${o.path}', ${init}),\n          ${pagingName(o.pagination)},\n          ${query || '{}'},\n        );\n      },\n`;
      } else {
        body += `      ${o.name}(${args.join(', ')}): ApiPromise<${responseName}> {\n${lines}`;
        body += `        return api.request('${o.method}', '${o.path}', ${init});\n      },\n`;
      }
    }
    body += '    },\n';
  }

  return `${banner(specPath)}import { type ApiClient, type ApiPromise, missingAnyOf, type MultipartValue, multipartBody, nameOperations, type PagePromise, paginate, type RequestOptions, type ResponseData, type StreamPromise, streamResponse, toUploadBody, type UploadSource } from '@org/sdk-core';
import type { paths } from './schema';

/** The API's servers, by the \`environment\` option that selects each (the first is the default). */
export const servers = ${JSON.stringify(Object.fromEntries((spec.servers ?? []).map((s, i) => [s['x-sdk-environment'] ?? (i === 0 ? 'default' : `server${i}`), s.url])))} as const;

/** Statuses the vendor uses for "not processed, try again" beyond core's (the spec's \`x-sdk-retry-statuses\`). */
export const retryStatuses: readonly number[] = ${JSON.stringify(spec['x-sdk-retry-statuses'] ?? [])};

${types}/** Values the client fills in when a call leaves them out. */
export interface ResourceDefaults {
${defaults.map((d) => `  ${d}?: string | undefined;`).join('\n')}
}

${[...paging].map(([json, name]) => `/** How a list walks its pages (the spec's \`x-pagination\`). */\nconst ${name} = ${json} as const;\n\n`).join('')}${[...headerSets].map(([json, name]) => `/** Headers the calls below require, with what to do when one is unset (the spec's \`x-sdk-missing\`). */\nconst ${name} = ${json};\n\n`).join('')}/** The resource namespaces, one method per operation of the spec. */
export function createResources(api: ApiClient<paths>, defaults: ResourceDefaults) {
  // Every method is named \`group.method\` for hooks and traces.
  return nameOperations({
${body}  });
}

/** The resource namespaces of the client. */
export type Resources = ReturnType<typeof createResources>;
`;
}

/** JSON Schema's `format: uuid`: RFC 4122's syntax, any version (zod's `uuid()` accepts RFC 9562 versions only). */
const UUID_PATTERN = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';

/**
 * A schema as a validator must read it: an `x-sdk-open-enum` enum is checked as the strings (or null) it may
 * be, not against its list, since the vendor adds values; `format: uuid` becomes the pattern JSON Schema
 * means by it. Everything else is as the spec says.
 */
function validationSchema(node) {
  if (Array.isArray(node)) return node.map(validationSchema);
  if (!node || typeof node !== 'object') return node;
  const open = node['x-sdk-open-enum'] === true && Array.isArray(node.enum);
  const out = {};
  for (const [k, v] of Object.entries(node)) {
    if ((open && k === 'enum') || (k === 'format' && v === 'uuid')) continue;
    out[k] = validationSchema(v);
  }
  if (open && !('type' in node)) out.type = node.enum.includes(null) ? ['string', 'null'] : 'string';
  if (node.format === 'uuid' && !node.pattern) out.pattern = UUID_PATTERN;
  return out;
}

/** An operation's JSON success bodies by status: each status is validated against its own schema. */
function successSchemas(spec, op) {
  const byStatus = {};
  for (const [status, response] of Object.entries(op.responses ?? {})) {
    const schema = /^2/.test(status) && deref(spec, response)?.content?.['application/json']?.schema;
    if (schema) byStatus[status] = validationSchema(schema);
  }
  return byStatus;
}

/**
 * The JSON Schemas of each operation's request body and success responses, for the client's ./validate
 * and ./msw entries. Typed plainly, not `as const`: literal types of every schema would make each
 * declaration file tens of kilobytes that a consumer's compiler loads for nothing.
 */
function schemasModule(spec, specPath) {
  const operations = {};
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const responses = successSchemas(spec, op);
      const [first] = Object.values(responses);
      const request = deref(spec, op.requestBody)?.content?.['application/json']?.schema;
      operations[`${method.toUpperCase()} ${path}`] = {
        operationId: op.operationId,
        // `response` is the first success body; `responses` only when statuses answer differently.
        ...(first ? { response: first } : {}),
        ...(Object.keys(responses).length > 1 ? { responses } : {}),
        ...(request ? { request: validationSchema(request) } : {}),
      };
    }
  }
  const keys = Object.keys(operations);
  return `${banner(specPath)}// The spec's request and response schemas: ./validate checks responses with them, ./msw checks requests.
import type { OperationSchemas } from '@org/sdk-core/validate';

/** An operation of the spec, as \`METHOD /path\`. */
export type Operation =
${keys.map((k) => `  | ${JSON.stringify(k)}`).join('\n')};

export const operations: Readonly<Record<Operation, OperationSchemas>> = ${JSON.stringify(operations, null, 2)};

export const components: { readonly schemas: Readonly<Record<string, unknown>> } = ${JSON.stringify({ schemas: validationSchema(spec.components?.schemas ?? {}) }, null, 2)};
`;
}

/** The `paths` types of a spec, as openapi-typescript writes them (with open enums). */
export async function schemaModule(spec, specPath) {
  const ast = await openapiTS(structuredClone(spec), {
    transform: openEnums,
    alphabetize: false,
    exportType: false,
  });
  return `${banner(specPath)}${astToString(ast)}`;
}

/**
 * The generated files of one spec, by file name.
 * @example const files = await generatedFiles(parse(readFileSync('specs/hotdata.yaml', 'utf8')), 'specs/hotdata.yaml');
 */
export async function generatedFiles(spec, specPath) {
  return {
    'schema.ts': await schemaModule(spec, specPath),
    'resources.ts': resourcesModule(spec, specPath),
    'schemas.ts': schemasModule(spec, specPath),
    ...(spec['x-sdk-client']
      ? {
          'client.ts': clientModule(spec, specPath),
          'exports.ts': exportsModule(specPath),
          'limits.ts': limitsModule(spec, specPath),
          'validate.ts': validateModule(spec, specPath),
        }
      : {}),
  };
}

/** Generates every target, or only the vendors named. */
export async function generate(only = []) {
  const unknown = only.filter((v) => !TARGETS.some((t) => t.vendor === v));
  if (unknown.length)
    throw new Error(`no spec for ${unknown.join(', ')}; have ${TARGETS.map((t) => t.vendor).join(', ')}`);
  for (const target of TARGETS.filter((t) => !only.length || only.includes(t.vendor))) {
    const spec = parse(readFileSync(target.spec, 'utf8'));
    const out = join(target.pkg, 'src/generated');
    mkdirSync(out, { recursive: true });
    const files = await generatedFiles(spec, target.spec);
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(out, name)), { recursive: true });
      writeFileSync(join(out, name), text);
    }
    console.log(`${target.spec} -> ${out} (${Object.keys(files).join(', ')})`);
  }
}

// Run when executed (pnpm generate), not when imported by the generator's tests.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  await generate(process.argv.slice(2));

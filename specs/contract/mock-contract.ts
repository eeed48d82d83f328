// Issue 16's contract test, generated from the spec: one test per operation of specs/<vendor>.yaml, which
// calls the operation through the client (its `raw` verbs, over the client's transport) against the vendor's
// msw mock, and checks the answer against the spec's schema for the status answered (response-contract.ts).
// The request goes through the request-side check of issue 14 too (setup.ts). What an operation needs first
// (ids, a deployed pipeline) comes from a small per-vendor fixture; everything else is sampled from the spec.
// An operation the mock does not answer fails (msw's unhandled request is an error), it is never skipped.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSpec, type Operation, responseContract, type Schema } from './response-contract';
import { sampleOf } from './sample';

type Awaitable<T> = T | Promise<T>;
type Context = Record<string, any>;

/** What one operation's call sends, beyond what the spec's samples give. */
export interface ContractCall<Mock, Client> {
  /** Runs after the fixture's setup, before the call; may add to the context. */
  before?(mock: Mock, client: Client, ctx: Context, tools: ContractTools): Awaitable<unknown>;
  path?: Record<string, string>;
  query?: Record<string, unknown>;
  headers?: Record<string, string>;
  /** The body to send; defaults to the smallest body the spec accepts. */
  body?: unknown;
  /** Fields to set on the sampled body (`{ model: 'mock-chat-small' }`). */
  patch?: Record<string, unknown>;
  /** Another client to call with (the deployment client of a vendor with two): anything with `raw` verbs. */
  client?: unknown;
  /** The status the mock should answer; defaults to any 2xx. */
  status?: number;
}

/** What a fixture's path functions can call. */
export interface ContractTools {
  /** The operation being called. */
  operation: Operation;
  /** The same tools for filling the named path parameter (its collection is `create`'s default). */
  forParameter(name: string): ContractTools;
  /**
   * Creates a resource by its collection's POST (`/v1/chats` for `/v1/chats/{id}`, or the path given) and
   * answers the field of the answer that names it (`id`, or the one given; `data.name` reads a nested one).
   */
  create(collectionPath?: string, field?: string): Promise<string>;
}

/** A vendor's fixture: the state operations need, and the path values and calls that use it. */
export interface ContractFixture<Mock, Client> {
  /** Seeds the mock before each operation (the harness resets it after each); returns ids for the calls. */
  setup?(mock: Mock, client: Client): Awaitable<Context>;
  /**
   * Path parameter values by name, read from the context when given as a function; `tools.create(path)`
   * creates the resource a path names (its collection's POST, with that call's fixture body or a sample).
   */
  path: Record<string, string | ((ctx: Context, tools: ContractTools) => Awaitable<string>)>;
  /** Per operation (by operationId): what its call needs beyond the defaults. */
  calls?: Record<string, (ctx: Context) => ContractCall<Mock, Client>>;
}

export type RawVerb = (
  path: string,
  init?: Record<string, unknown>,
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
export interface RawClient {
  raw: Record<string, RawVerb>;
}

/** A client's openapi-fetch style verbs (`client.raw.GET(path, init)`), untyped: paths come from the spec. */
const rawOf = (client: unknown) => (client as RawClient).raw;

/**
 * Declares one test per operation of the vendor's spec.
 * @example
 * const { mock, client } = useMock();
 * describeMockContract('unstract', mock, client, fixture);
 */
export function describeMockContract<Mock, Client>(
  vendor: string,
  mock: Mock,
  client: () => Client,
  fixture: ContractFixture<Mock, Client>,
) {
  const spec = loadSpec(fileURLToPath(new URL(`../${vendor}.yaml`, import.meta.url)));
  const check = responseContract(spec);

  describe(`every operation of specs/${vendor}.yaml, against the mock, answers as the spec says`, () => {
    it('has operations', () => expect(spec.operations.length).toBeGreaterThan(0));
    for (const operation of spec.operations) {
      it(`${operation.operationId} (${operation.method.toUpperCase()} ${operation.path})`, async () => {
        const api = client();
        const ctx: Context = { ...((await fixture.setup?.(mock, api)) ?? {}) };
        const toolsFor = (current: Operation, parameter?: string): ContractTools => ({
          operation: current,
          forParameter: (name) => toolsFor(current, name),
          // The collection of the resource the parameter names: the path before its segment.
          async create(
            collection = current.path.slice(0, current.path.lastIndexOf(`/{${parameter}}`)),
            field = 'id',
          ) {
            const creator = spec.operations.find((o) => o.method === 'post' && o.path === collection);
            if (!creator) throw new Error(`no POST ${collection} in the spec to create the resource with`);
            const given = fixture.calls?.[creator.operationId]?.(ctx) ?? {};
            const init = await requestOf(creator, spec.resolve, fixture, given, ctx, toolsFor(creator));
            const { data, error, response } = await rawOf(given.client ?? api).POST!(creator.path, init);
            if (!response.ok)
              throw new Error(`POST ${collection}: ${response.status} ${JSON.stringify(error)}`);
            return field.split('.').reduce((node: any, key) => node?.[key], data) as string;
          },
        });
        const tools = toolsFor(operation);
        const callOf = () => fixture.calls?.[operation.operationId]?.(ctx) ?? {};
        await callOf().before?.(mock, api, ctx, tools);
        // Read again after `before`, which may have added to the context.
        const call = callOf();
        const init = await requestOf(operation, spec.resolve, fixture, call, ctx, tools);
        const verb = rawOf(call.client ?? api)[operation.method.toUpperCase()] as RawVerb;
        const { data: ok, error, response } = await verb(operation.path, { ...init, parseAs: 'stream' });
        const data = response.ok ? ok : error;
        const text =
          data instanceof ReadableStream
            ? await new Response(data).text()
            : data == null
              ? ''
              : typeof data === 'string'
                ? data
                : JSON.stringify(data);
        if (call.status !== undefined) expect(response.status, text).toBe(call.status);
        else expect(response.ok, `answered ${response.status}: ${text.slice(0, 500)}`).toBe(true);
        const violations = check(
          operation,
          response.status,
          response.headers.get('content-type') ?? '',
          text,
        );
        expect(violations).toEqual([]);
      });
    }
  });
}

async function requestOf<Mock, Client>(
  operation: Operation,
  resolve: (schema: Schema | undefined) => Schema | undefined,
  fixture: ContractFixture<Mock, Client>,
  call: ContractCall<Mock, Client>,
  ctx: Context,
  tools: ContractTools,
) {
  const path: Record<string, string> = {};
  const query: Record<string, unknown> = {};
  const header: Record<string, string> = {};
  for (const parameter of operation.parameters) {
    if (parameter.in === 'path') {
      const given = call.path?.[parameter.name] ?? fixture.path[parameter.name];
      if (given === undefined)
        throw new Error(`the fixture has no value for path parameter ${parameter.name}`);
      path[parameter.name] =
        typeof given === 'function' ? await given(ctx, tools.forParameter(parameter.name)) : given;
    } else if (parameter.required && parameter.in === 'query') {
      query[parameter.name] = sampleOf(parameter.schema, resolve);
    } else if (parameter.required && parameter.in === 'header') {
      header[parameter.name] = String(sampleOf(parameter.schema, resolve));
    }
  }
  Object.assign(query, call.query);
  Object.assign(header, call.headers);
  const init: Record<string, unknown> = { params: { path, query, header } };
  const content = operation.requestBody?.content ?? {};
  const [type] = Object.keys(content);
  if (type && (operation.requestBody?.required || call.body !== undefined || call.patch)) {
    const sampled = call.body ?? sampleOf(content[type]?.schema, resolve);
    const value = call.patch ? { ...(sampled as object), ...call.patch } : sampled;
    if (type === 'multipart/form-data')
      init.body = formOf(value as Record<string, unknown>, content[type], resolve);
    else if (/json/.test(type)) init.body = value;
    else {
      init.body = new Blob([typeof value === 'string' ? value : 'x'], { type });
      header['content-type'] = type;
    }
  }
  return init;
}

/** A multipart body from an object: files as Blobs, objects as JSON parts, the rest as text. */
function formOf(
  value: Record<string, unknown>,
  media: { schema?: Schema; encoding?: Record<string, { contentType?: string }> } | undefined,
  resolve: (schema: Schema | undefined) => Schema | undefined,
) {
  const form = new FormData();
  const properties = resolve(media?.schema)?.properties ?? {};
  for (const [name, v] of Object.entries(value)) {
    const property = resolve(properties[name]);
    const item = resolve(property?.type === 'array' ? property.items : property);
    const encoded = media?.encoding?.[name]?.contentType?.split(',')[0]?.trim();
    for (const one of property?.type === 'array' && Array.isArray(v) ? v : [v]) {
      if (one instanceof Blob) form.append(name, one, one instanceof File ? one.name : 'a.txt');
      else if (item?.format === 'binary' || item?.contentMediaType) {
        const type = encoded ?? item.contentMediaType ?? 'application/octet-stream';
        form.append(name, new Blob([String(one)], { type }), 'a.txt');
      } else if (typeof one === 'object' || (encoded && /json/.test(encoded))) {
        form.append(name, new Blob([JSON.stringify(one)], { type: 'application/json' }), 'blob');
      } else form.append(name, String(one));
    }
  }
  return form;
}

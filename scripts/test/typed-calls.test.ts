// Generated calls are checked by the compiler against the spec's `paths`: a generator bug or a spec change
// that breaks a call fails type-checking instead of compiling into a wrong request.
import { describe, expect, it } from 'vitest';
import { methodTags, typeErrors, writeClient } from './support/compile';
import { json, spec } from './support/fixture-spec';

describe('generated calls', { timeout: 60_000 }, () => {
  it('type-check against the spec with no casts', async () => {
    const dir = await writeClient(spec);
    expect(typeErrors(dir, ['generated/resources.ts'])).toEqual([]);
  });

  it('fail to compile when the generator writes a wrong call', async () => {
    // The example of a broken call: misspelled init fields and a wrongly typed path parameter.
    const dir = await writeClient(spec, {}, (files) => {
      files['resources.ts'] = files['resources.ts'].replace(
        "api.request('get', '/items/{item_id}', { ...options, params: { path: { item_id: itemId } } })",
        "api.request('get', '/items/{item_id}', { ...options, prams: { pth: 42 }, bdy: 1 })",
      );
    });
    const errors = typeErrors(dir, ['generated/resources.ts']);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^generated\/resources\.ts\(\d+\): TS2\d+ /);
  });

  it('fail to compile when the spec the types come from no longer matches the call', async () => {
    // The call is generated from the spec; the types from a spec whose path parameter was renamed.
    const changed = structuredClone(spec) as typeof spec;
    changed.paths['/items/{item_id}'].get.parameters[0]!.name = 'id';
    const { generatedFiles } = await import('../generate.mjs' as string);
    const drifted = await generatedFiles(changed, 'specs/fixture.yaml');
    const dir = await writeClient(spec, {}, (files) => {
      files['schema.ts'] = drifted['schema.ts'];
    });
    expect(typeErrors(dir, ['generated/resources.ts'])).toEqual([
      expect.stringMatching(/TS2353 .*'item_id' does not exist in type '\{ id: string; \}'/),
    ]);
  });

  it('refuse a wrong call from a user of the generated client', async () => {
    const dir = await writeClient(spec, {
      'use.ts': `import { createApiClient } from '@org/sdk-core';
import { createResources } from './generated/resources';
import type { paths } from './generated/schema';
const client = createResources(createApiClient<paths>({ baseUrl: 'https://x.test' }), {});
export const ok = client.items.create({ name: 'n' }).then((item) => item.id.toUpperCase());
// @ts-expect-error name is a string
client.items.create({ name: 1 });
// @ts-expect-error the path parameter is positional and a string
client.items.get(42);
`,
    });
    expect(typeErrors(dir, ['use.ts'])).toEqual([]);
  });
});

describe('named-event streams', { timeout: 60_000 }, () => {
  // An SSE stream whose events carry names: its schema is a oneOf of `{ event, data }`, one per name.
  const event = (name: string, data: object) => ({
    type: 'object',
    required: ['event', 'data'],
    properties: { event: { type: 'string', const: name }, data },
  });
  const token = { type: 'object', required: ['text'], properties: { text: { type: 'string' } } };
  const done = { type: 'object', required: ['tokens'], properties: { tokens: { type: 'integer' } } };
  const streams = structuredClone(spec) as typeof spec & { paths: Record<string, unknown> };
  streams.paths['/chats'] = {
    post: {
      operationId: 'streamChat',
      tags: ['chats'],
      'x-sdk-method': 'stream',
      requestBody: {
        required: true,
        ...json({ type: 'object', required: ['message'], properties: { message: { type: 'string' } } }),
      },
      responses: {
        '200': {
          description: 'events',
          content: {
            'text/event-stream': {
              'x-stream': 'sse',
              schema: { oneOf: [event('token', token), event('done', done)] },
            },
          },
        },
      },
    },
  };
  const use = `import { createApiClient } from '@org/sdk-core';
import { createResources } from './generated/resources';
import type { paths } from './generated/schema';
const client = createResources(createApiClient<paths>({ baseUrl: 'https://x.test' }), {});
export async function use() {
  const seen: string[] = [];
  for await (const e of client.chats.stream({ message: 'hi' })) {
    const id: string | undefined = e.id;
    if (e.event === 'token') seen.push(e.data.text.toUpperCase(), id ?? '');
    else seen.push(e.data.tokens.toFixed());
    // @ts-expect-error a done event's data has no text
    if (e.event === 'done') seen.push(e.data.text);
  }
  return seen;
}
`;

  it('type-check with no casts and yield a union of events that narrows on the event name', async () => {
    const dir = await writeClient(streams, { 'use.ts': use });
    expect(typeErrors(dir, ['generated/resources.ts', 'use.ts'])).toEqual([]);
  });

  it('fail to compile when the generator types the items as the schema alone', async () => {
    // The items are `{ event, data, id }`: a type without the id is not what the stream yields, so no
    // signature of streamResponse takes it without a `decode` that makes such items.
    let edited = '';
    const dir = await writeClient(streams, {}, (files) => {
      edited = files['resources.ts'] = files['resources.ts'].replace(
        /NamedServerSentEvent<\s*(paths\['\/chats'\][^;]*?)\s*>;/,
        '$1;',
      );
    });
    expect(edited).not.toMatch(/NamedServerSentEvent</);
    expect(typeErrors(dir, ['generated/resources.ts'])).toEqual([
      expect.stringMatching(/^generated\/resources\.ts\(\d+\): TS2769 No overload matches this call/),
    ]);
  });

  it('fail to compile when the spec the types come from no longer has named events', async () => {
    const changed = structuredClone(streams);
    const media = (changed.paths['/chats'] as any).post.responses['200'].content['text/event-stream'];
    media.schema = token;
    // The generator refuses such a spec (below); here only the types come from it, as in a stale build.
    const { schemaModule } = await import('../generate.mjs' as string);
    const drifted = await schemaModule(changed, 'specs/fixture.yaml');
    const dir = await writeClient(streams, {}, (files) => {
      files['schema.ts'] = drifted;
    });
    // The event type's constraint names the missing fields (the call that uses the type fails too).
    const errors = typeErrors(dir, ['generated/resources.ts']);
    expect(errors[0]).toMatch(
      /^generated\/resources\.ts\(\d+\): TS2344 .*missing the following properties .*: event, data/s,
    );
  });

  it('check the item rules of the spec against the event type', async () => {
    // x-stream-final names an event this stream never sends: the predicate cannot compile.
    const changed = structuredClone(streams);
    const media = (changed.paths['/chats'] as any).post.responses['200'].content['text/event-stream'];
    media['x-stream-final'] = { field: 'event', value: 'finished' };
    expect(typeErrors(await writeClient(changed), ['generated/resources.ts'])).toEqual([
      expect.stringMatching(/^generated\/resources\.ts\(\d+\): TS2367 .* and '"finished"' have no overlap/),
    ]);
    media['x-stream-final'] = { field: 'event', value: 'done' };
    expect(typeErrors(await writeClient(changed), ['generated/resources.ts'])).toEqual([]);
  });

  it('are refused by the generator when the schema is not a oneOf of { event, data }', async () => {
    const changed = structuredClone(streams);
    const media = (changed.paths['/chats'] as any).post.responses['200'].content['text/event-stream'];
    media.schema = { oneOf: [event('token', token), token] };
    const { generatedFiles } = await import('../generate.mjs' as string);
    await expect(generatedFiles(changed, 'specs/fixture.yaml')).rejects.toThrow(
      /streamChat: an SSE stream with named events .* required `event` and `data`; one member is not/,
    );
  });
});

describe('enums', { timeout: 60_000 }, () => {
  const status = { type: 'string', enum: ['queued', 'done'], 'x-sdk-open-enum': true };
  const kind = { type: 'string', enum: ['table', 'view'] };
  const enums = structuredClone(spec) as typeof spec;
  enums.paths['/items/{item_id}'].get.responses['200'] = {
    description: 'ok',
    ...json({ type: 'object', required: ['status', 'kind'], properties: { status, kind } }),
  };

  it('types an x-sdk-open-enum as its values or any string, still a string; other enums are closed', async () => {
    const dir = await writeClient(enums, {
      'use.ts': `import { createApiClient } from '@org/sdk-core';
import { createResources } from './generated/resources';
import type { paths } from './generated/schema';
const client = createResources(createApiClient<paths>({ baseUrl: 'https://x.test' }), {});
export async function use() {
  const item = await client.items.get('i_1');
  const text: string = item.status;
  const later: typeof item.status = 'archived';
  const kind: 'table' | 'view' = item.kind;
  // @ts-expect-error a closed enum has only its values
  const other: typeof item.kind = 'index';
  return [text.toUpperCase(), item.status.toLowerCase(), later, kind, other];
}
`,
    });
    expect(typeErrors(dir, ['use.ts'])).toEqual([]);
  });

  it('validates an x-sdk-open-enum as any string, and each success status against its own schema', async () => {
    const both = structuredClone(enums) as typeof spec;
    (both.paths['/items'].post.responses as Record<string, object>)['202'] = {
      description: 'accepted as a job',
      ...json({
        type: 'object',
        required: ['job_id'],
        properties: { job_id: { type: 'string', format: 'uuid' } },
      }),
    };
    const dir = await writeClient(both);
    const { operations, components } = await import(`${dir}/generated/schemas.ts`);
    const { createResponseValidator } = await import('../../packages/core/src/validate/index');
    const validate = createResponseValidator({ operations, components });
    expect(() =>
      validate('get', '/items/{item_id}', { status: 'archived', kind: 'view' }, 200),
    ).not.toThrow();
    expect(() => validate('get', '/items/{item_id}', { status: 7, kind: 'view' }, 200)).toThrow(/status/);
    // A version-0 UUID is not RFC 9562, but `format: uuid` is RFC 4122's syntax.
    const job = { job_id: '00000000-0000-0000-0000-000000000001' };
    expect(() => validate('post', '/items', job, 202)).not.toThrow();
    expect(() => validate('post', '/items', { job_id: 'job-1' }, 202)).toThrow(/job_id/);
    expect(() => validate('post', '/items', job, 201)).toThrow(/id/);
  });
});

describe('doc comments', { timeout: 60_000 }, () => {
  it('document each positional argument and put @deprecated last, where the IDE shows its reason', async () => {
    const old = structuredClone(spec) as typeof spec;
    Object.assign(old.paths['/items/{item_id}'].get, { deprecated: true, summary: 'Get an item' });
    Object.assign(old.paths['/items/{item_id}'].get.parameters[0]!, { description: 'The item to read.' });
    const tags = methodTags(await writeClient(old), 'items', 'get');
    expect(tags.map((t) => t.name)).toEqual(['param', 'example', 'deprecated']);
    expect(tags[0]!.text).toBe('itemId - The item to read.');
    expect(tags[2]!.text).toMatch(/^The API marks this operation deprecated/);
  });
});

describe('generated calls on the wire', { timeout: 60_000 }, () => {
  it('send what the spec says and resolve with the typed body', async () => {
    const dir = await writeClient(spec);
    const { createResources } = await import(`${dir}/generated/resources.ts`);
    const { createApiClient } = await import('../../packages/core/src/index');
    const sent: { method: string; url: string; type: string | null; body: string }[] = [];
    const fetch = async (input: string, init: RequestInit) => {
      const request = new Request(input, init);
      sent.push({
        method: request.method,
        url: request.url,
        type: request.headers.get('content-type'),
        body: await request.text(),
      });
      const status = request.method === 'PUT' ? 204 : 200;
      return new Response(status === 204 ? null : JSON.stringify({ id: 'i_1', items: [{ id: 'i_1' }] }), {
        status,
        headers: { 'content-type': 'application/json' },
      });
    };
    const api = createApiClient({
      baseUrl: 'https://api.test',
      maxRetries: 0,
      fetch: fetch as unknown as typeof globalThis.fetch,
    });
    const client = createResources(api, {});
    await expect(client.items.get('a b')).resolves.toMatchObject({ id: 'i_1' });
    await expect(client.items.create({ name: 'n' })).resolves.toMatchObject({ id: 'i_1' });
    await expect(client.items.list({ cursor: 'c1' })).resolves.toMatchObject({ items: [{ id: 'i_1' }] });
    await client.files.put(new Blob(['bytes']));
    expect(sent).toEqual([
      { method: 'GET', url: 'https://api.test/items/a%20b', type: null, body: '' },
      { method: 'POST', url: 'https://api.test/items', type: 'application/json', body: '{"name":"n"}' },
      { method: 'GET', url: 'https://api.test/items?cursor=c1', type: null, body: '' },
      { method: 'PUT', url: 'https://api.test/files', type: 'application/octet-stream', body: 'bytes' },
    ]);
  });
});

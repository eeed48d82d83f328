// The generator on small specs: what each spec construct becomes in the resource module.
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script with no type declarations
import { resourcesModule } from '../generate.mjs';
import { writeClient } from './support/compile';

const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const spec = {
  openapi: '3.1.0',
  security: [{ bearer: [] }],
  components: {
    securitySchemes: {
      bearer: { type: 'http', scheme: 'bearer' },
      workspaceId: { type: 'apiKey', in: 'header', name: 'X-Workspace-Id', 'x-sdk-default': 'workspaceId' },
    },
  },
  'x-sdk-retry-statuses': [591],
  servers: [{ url: 'https://api.example.test', 'x-sdk-environment': 'us' }],
  paths: {
    '/v1/chats/{chat_id}/stream': {
      post: {
        operationId: 'streamChat',
        tags: ['chats'],
        'x-sdk-method': 'stream',
        parameters: [{ name: 'chat_id', in: 'path', required: true, schema: { type: 'string' } }],
        requestBody: {
          required: true,
          ...json({ type: 'object', properties: { message: { type: 'string' } } }),
        },
        responses: {
          '200': {
            description: 'events',
            content: {
              'text/event-stream': {
                'x-stream': 'sse',
                // Named events: one `{ event, data }` object per event name.
                schema: {
                  oneOf: [
                    {
                      type: 'object',
                      required: ['event', 'data'],
                      properties: { event: { const: 'message' }, data: { type: 'object' } },
                    },
                  ],
                },
              },
            },
          },
        },
      },
    },
    '/v1/runs': {
      get: {
        operationId: 'listRuns',
        tags: ['queryRuns'],
        'x-sdk-method': 'list',
        'x-pagination': { style: 'cursor', items: 'runs' },
        parameters: [
          { name: 'cursor', in: 'query', schema: { type: 'string' } },
          { name: 'workspace', in: 'query', schema: { type: 'string' }, 'x-sdk-default': 'workspace' },
        ],
        responses: { '200': { description: 'ok', ...json({ type: 'object' }) } },
      },
    },
    '/v1/workspaces/{workspace_name}/files/{file_id}': {
      get: {
        operationId: 'downloadFile',
        tags: ['files'],
        'x-sdk-method': 'download',
        parameters: [
          {
            name: 'workspace_name',
            in: 'path',
            required: true,
            schema: { type: 'string' },
            'x-sdk-default': 'workspace',
          },
          { name: 'file_id', in: 'path', required: true, schema: { type: 'string' } },
        ],
        responses: {
          '200': {
            description: 'bytes',
            content: { 'application/octet-stream': { schema: { type: 'string' } } },
          },
        },
      },
    },
    '/v1/workspaces/{workspace_name}/files': {
      post: {
        operationId: 'uploadFiles',
        tags: ['files'],
        'x-sdk-method': 'upload',
        parameters: [
          {
            name: 'workspace_name',
            in: 'path',
            required: true,
            schema: { type: 'string' },
            'x-sdk-default': 'workspace',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'multipart/form-data': {
              schema: {
                type: 'object',
                required: ['files'],
                properties: { files: { type: 'array', items: { type: 'string' } }, meta: { type: 'string' } },
              },
            },
          },
        },
        responses: { '201': { description: 'ok', ...json({ type: 'object' }) } },
      },
    },
    '/v1/uploads': {
      post: {
        operationId: 'uploadBytes',
        tags: ['uploads'],
        'x-sdk-method': 'create',
        parameters: [{ name: 'streaming', in: 'query', schema: { type: 'boolean' } }],
        requestBody: {
          required: true,
          content: { 'application/octet-stream': { schema: { type: 'string' } } },
        },
        responses: { '201': { description: 'ok', ...json({ type: 'object' }) } },
      },
    },
    '/v1/chat/completions': {
      post: {
        operationId: 'createChatCompletion',
        tags: ['chats'],
        'x-sdk-method': 'complete',
        security: [{ bearer: [], workspaceId: [] }],
        requestBody: {
          required: true,
          ...json({ type: 'object', properties: { model: { type: 'string' }, stream: { type: 'boolean' } } }),
        },
        responses: {
          '200': {
            description: 'the completion, or its chunks',
            content: {
              'application/json': { schema: { type: 'object' } },
              'text/event-stream': {
                'x-stream': 'sse',
                'x-stream-flag': 'stream',
                'x-stream-done': '[DONE]',
                schema: { type: 'object' },
              },
            },
          },
        },
      },
    },
    '/v1/searches': {
      post: {
        operationId: 'searchStream',
        tags: ['searches'],
        'x-sdk-method': 'stream',
        requestBody: {
          required: true,
          ...json({ type: 'object', properties: { include_result: { type: 'boolean' } } }),
        },
        responses: {
          '200': {
            description: 'unnamed events',
            content: {
              'text/event-stream': {
                'x-stream': 'sse',
                'x-stream-items': 'data',
                'x-stream-error': { field: 'type', value: 'error' },
                'x-stream-final': { field: 'type', value: 'result', when: 'include_result' },
                schema: { type: 'object' },
              },
            },
          },
        },
      },
    },
    '/v1/leaderboards': {
      get: {
        operationId: 'listLeaderboards',
        tags: ['leaderboards'],
        'x-sdk-method': 'list',
        parameters: [{ name: 'order_by_metric.direction', in: 'query', schema: { type: 'string' } }],
        responses: { '200': { description: 'ok', ...json({ type: 'object' }) } },
      },
      post: {
        operationId: 'createLeaderboard',
        tags: ['leaderboards'],
        'x-sdk-method': 'create',
        parameters: [{ name: 'order_by_metric.direction', in: 'query', schema: { type: 'string' } }],
        requestBody: {
          required: true,
          ...json({ type: 'object', properties: { name: { type: 'string' } } }),
        },
        responses: { '200': { description: 'ok', ...json({ type: 'object' }) } },
      },
    },
    '/v1/readme': {
      get: {
        operationId: 'getReadme',
        tags: ['docs'],
        'x-sdk-method': 'readme',
        responses: {
          '200': { description: 'text', content: { 'text/markdown': { schema: { type: 'string' } } } },
        },
      },
    },
  },
};

describe('resourcesModule', () => {
  const out: string = resourcesModule(spec, 'specs/fixture.yaml');

  it('opens with the generated banner', () => {
    expect(out.split('\n').slice(0, 2)).toEqual([
      '// Generated from specs/fixture.yaml by scripts/generate.mjs (pnpm generate).',
      '// Do not edit: change the spec or the generator.',
    ]);
  });

  it('refuses a stream that has both a done event and a final item', () => {
    const both = structuredClone(spec);
    Object.assign(both.paths['/v1/searches'].post.responses['200'].content['text/event-stream'], {
      'x-stream-done': '[DONE]',
    });
    expect(() => resourcesModule(both, 'specs/fixture.yaml')).toThrow(/x-stream-done and x-stream-final/);
  });

  it('refuses x-stream-final.when on an operation without a JSON body', () => {
    const noBody = structuredClone(spec);
    const media =
      noBody.paths['/v1/chats/{chat_id}/stream'].post.responses['200'].content['text/event-stream'];
    Object.assign(media, { 'x-stream-final': { field: 'type', value: 'result', when: 'include_result' } });
    delete (noBody.paths['/v1/chats/{chat_id}/stream'].post as { requestBody?: unknown }).requestBody;
    expect(() => resourcesModule(noBody, 'specs/fixture.yaml')).toThrow(
      /x-stream-final.when names a body field/,
    );
  });

  it('turns an x-stream operation into a StreamPromise of its event type', () => {
    expect(out).toContain(
      'stream(chatId: string, params: ChatsStreamParams, options?: RequestOptions): StreamPromise<ChatsStreamEvent>',
    );
    expect(out).toContain(
      "return streamResponse<ChatsStreamEvent>(() => api.requestStream('post', '/v1/chats/{chat_id}/stream',",
    );
    expect(out).toContain("'sse', { signal: options?.signal");
    expect(out).toContain(
      "export type ChatsStreamEvent = NamedServerSentEvent<paths['/v1/chats/{chat_id}/stream']['post']['responses'][200]['content']['text/event-stream']>;",
    );
  });

  it('reads a non-JSON success body as a Blob, or as text for text/*', () => {
    expect(out).toContain('export type FilesDownloadResponse = Blob;');
    expect(out).toMatch(
      /'\/v1\/workspaces\/\{workspace_name\}\/files\/\{file_id\}', \{[^\n]*parseAs: 'blob' \}/,
    );
    expect(out).toContain('export type DocsReadmeResponse = string;');
    expect(out).toContain("parseAs: 'text'");
  });

  it('shares a pagination config that several lists use, and leaves one used once inline', () => {
    const list = (tag: string, pagination: object) => ({
      get: {
        operationId: `list_${tag}`,
        tags: [tag],
        'x-sdk-method': 'list',
        'x-pagination': pagination,
        responses: { '200': { description: 'ok', ...json({ type: 'object' }) } },
      },
    });
    const pages = { style: 'page', items: 'data', pageParam: 'page_number' };
    const cursor = { style: 'cursor', items: 'runs' };
    const paged = resourcesModule(
      {
        openapi: '3.1.0',
        paths: { '/a': list('a', pages), '/b': list('b', pages), '/c': list('c', cursor) },
      },
      'specs/fixture.yaml',
    );
    expect(paged).toContain(`const paging1 = ${JSON.stringify(pages)} as const;`);
    expect(paged.match(/\bpaging1,\n/g)).toHaveLength(2);
    expect(paged).toContain(`${JSON.stringify(cursor)},\n`);
    expect(paged).not.toContain('paging2');
  });

  it('exports the statuses the spec declares retryable', () => {
    expect(out).toContain('export const retryStatuses: readonly number[] = [591];');
  });

  it('takes the servers and their regions from the spec', () => {
    expect(out).toContain('export const servers = {"us":"https://api.example.test"} as const;');
  });
});

describe('the fixture’s calls on the wire', { timeout: 60_000 }, () => {
  type Sent = { method: string; url: string; type: string | null; workspace: string | null; body: unknown };
  const sse = (events: string[]) =>
    new Response(events.map((e) => `${e}\n\n`).join(''), {
      headers: { 'content-type': 'text/event-stream' },
    });

  /** The generated resources over a fake fetch that records each request and answers by route. */
  async function client() {
    const dir = await writeClient(spec);
    const { createResources } = await import(`${dir}/generated/resources.ts`);
    const { createApiClient } = await import('../../packages/core/src/index');
    const sent: Sent[] = [];
    const fetch = async (input: string, init: RequestInit) => {
      const request = new Request(input, init);
      const type = request.headers.get('content-type');
      const body = type?.startsWith('multipart/')
        ? Object.fromEntries([...new Set((await request.formData()).keys())].map((k) => [k, k]))
        : type === 'application/json'
          ? await request.json()
          : await request.text();
      sent.push({
        method: request.method,
        url: request.url,
        type,
        workspace: request.headers.get('x-workspace-id'),
        body,
      });
      const { pathname } = new URL(request.url);
      if (pathname.endsWith('/stream')) return sse(['event: delta\ndata: {"t":1}']);
      if (pathname === '/v1/chat/completions' && (body as { stream: boolean }).stream)
        return sse(['data: {"c":1}', 'data: [DONE]']);
      if (pathname === '/v1/searches') return sse(['data: {"type":"delta"}', 'data: {"type":"result"}']);
      if (pathname.includes('/files/'))
        return new Response('bytes', { headers: { 'content-type': 'application/octet-stream' } });
      if (pathname === '/v1/readme')
        return new Response('# hi', { headers: { 'content-type': 'text/markdown' } });
      return Response.json({ runs: [{ id: 'r1' }] });
    };
    const api = createApiClient({
      baseUrl: 'https://api.test',
      maxRetries: 0,
      fetch: fetch as unknown as typeof globalThis.fetch,
      headers: { 'X-Workspace-Id': 'ws_client' },
    });
    return { resources: createResources(api, { workspace: 'w1', workspaceId: 'ws_1' }), sent };
  }
  const collect = async (stream: AsyncIterable<unknown>) => {
    const items = [];
    for await (const item of stream) items.push(item);
    return items;
  };

  it('streams named SSE events as { event, data, id }, and flagged streams as their data up to [DONE]', async () => {
    const { resources, sent } = await client();
    expect(await collect(resources.chats.stream('c 1', { message: 'hi' }))).toEqual([
      { event: 'delta', data: { t: 1 }, id: undefined },
    ]);
    await expect(resources.chats.complete({ model: 'm' })).resolves.toEqual({ runs: [{ id: 'r1' }] });
    expect(await collect(resources.chats.completeStream({ model: 'm' }))).toEqual([{ c: 1 }]);
    expect(await collect(resources.searches.stream({ include_result: true }))).toEqual([
      { type: 'delta' },
      { type: 'result' },
    ]);
    expect(sent).toEqual([
      // The header credential goes where the operation's security names it, and is removed elsewhere.
      {
        method: 'POST',
        url: 'https://api.test/v1/chats/c%201/stream',
        type: 'application/json',
        workspace: null,
        body: { message: 'hi' },
      },
      {
        method: 'POST',
        url: 'https://api.test/v1/chat/completions',
        type: 'application/json',
        workspace: 'ws_1',
        body: { model: 'm', stream: false },
      },
      {
        method: 'POST',
        url: 'https://api.test/v1/chat/completions',
        type: 'application/json',
        workspace: 'ws_1',
        body: { model: 'm', stream: true },
      },
      {
        method: 'POST',
        url: 'https://api.test/v1/searches',
        type: 'application/json',
        workspace: null,
        body: { include_result: true },
      },
    ]);
  });

  it('fills x-sdk-default parameters from the call, else the client, and sends keys the spec does not name', async () => {
    const { resources, sent } = await client();
    const list = resources.queryRuns.list({ status: 'failed' });
    expect(await collect(list)).toEqual([{ id: 'r1' }]);
    await resources.queryRuns.list({ workspace: 'w2' });
    const blob = await resources.files.download('f1');
    expect(await blob.text()).toBe('bytes');
    await resources.files.download('f1', { workspace_name: 'w2' });
    expect(sent.map((s) => `${s.method} ${s.url}`)).toEqual([
      'GET https://api.test/v1/runs?status=failed&workspace=w1',
      'GET https://api.test/v1/runs?workspace=w2',
      'GET https://api.test/v1/workspaces/w1/files/f1',
      'GET https://api.test/v1/workspaces/w2/files/f1',
    ]);
  });

  it('sends multipart parts, raw bytes with their media type, and query names that are not identifiers', async () => {
    const { resources, sent } = await client();
    await resources.files.upload({ files: [new Blob(['a']), new Blob(['b'])], meta: 'm' });
    await resources.uploads.create(new Blob(['raw']), { streaming: true });
    await resources.leaderboards.list({ 'order_by_metric.direction': 'asc' });
    await resources.leaderboards.create({ name: 'n', 'order_by_metric.direction': 'desc' });
    await expect(resources.docs.readme()).resolves.toBe('# hi');
    expect(
      sent.map(({ workspace: _, ...s }) => ({ ...s, type: s.type?.replace(/;.*/, '') ?? null })),
    ).toEqual([
      {
        method: 'POST',
        url: 'https://api.test/v1/workspaces/w1/files',
        type: 'multipart/form-data',
        body: { files: 'files', meta: 'meta' },
      },
      {
        method: 'POST',
        url: 'https://api.test/v1/uploads?streaming=true',
        type: 'application/octet-stream',
        body: 'raw',
      },
      {
        method: 'GET',
        url: 'https://api.test/v1/leaderboards?order_by_metric.direction=asc',
        type: null,
        body: '',
      },
      {
        method: 'POST',
        url: 'https://api.test/v1/leaderboards?order_by_metric.direction=desc',
        type: 'application/json',
        body: { name: 'n' },
      },
      { method: 'GET', url: 'https://api.test/v1/readme', type: null, body: '' },
    ]);
  });
});

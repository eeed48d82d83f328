// The generator on small specs: what each spec construct becomes in the resource module.
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script with no type declarations
import { resourcesModule } from '../generate.mjs';

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
            content: { 'text/event-stream': { 'x-stream': 'sse', schema: { type: 'object' } } },
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
    expect(out.split('\n')[0]).toBe(
      '// Generated by scripts/generate.mjs from specs/fixture.yaml (pnpm generate). Do not edit: change the spec or the generator.',
    );
  });

  it('reads unnamed events as their data, with the error and final items the spec names', () => {
    expect(out).toContain(
      `'sse', { signal: options?.signal, decode: (m) => JSON.parse(m.data), isErrorItem: (e) => (e as Record<string, unknown>)["type"] === "error", isFinal: params.include_result ? (e) => (e as Record<string, unknown>)["type"] === "result" : undefined });`,
    );
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
      "export type ChatsStreamEvent = paths['/v1/chats/{chat_id}/stream']['post']['responses'][200]['content']['text/event-stream'];",
    );
  });

  it('wraps an x-pagination list in paginate with the spec’s config and fills x-sdk-default parameters', () => {
    expect(out).toContain(
      'list(params: QueryRunsListParams = {}, options?: RequestOptions): PagePromise<QueryRunsListResponse, QueryRunsListItem>',
    );
    expect(out).toContain('{"style":"cursor","items":"runs"}');
    // The params object is the query (a key the spec does not name is sent too), with the default filled in.
    expect(out).toContain('const query = { ...params, workspace: params.workspace ?? defaults.workspace };');
    expect(out).toContain('  workspace?: string | undefined;');
  });

  it('fills an x-sdk-default path parameter from the params object or the client default', () => {
    expect(out).toContain(
      'download(fileId: string, params: FilesDownloadParams = {}, options?: RequestOptions): ApiPromise<FilesDownloadResponse>',
    );
    expect(out).toContain('export type FilesDownloadParams = { workspace_name?: string };');
    expect(out).toContain(
      // By name, so that the compiler checks each against the spec.
      "params: { path: { workspace_name: params.workspace_name ?? defaults.workspace ?? '', file_id: fileId } }",
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

  it('types repeatable multipart parts as arrays and keeps optional parts optional', () => {
    expect(out).toContain(
      'export type FilesUploadParams = ({ files: MultipartValue | MultipartValue[]; meta?: MultipartValue }) & { workspace_name?: string };',
    );
  });

  it('sends a raw-bytes body as given, with the declared media type unless the call sets one', () => {
    expect(out).toContain(
      'create(body: UploadSource, params: UploadsCreateParams = {}, options?: RequestOptions): ApiPromise<UploadsCreateResponse>',
    );
    expect(out).toContain(
      "body: toUploadBody(body), headers: { 'X-Workspace-Id': null, 'Content-Type': 'application/octet-stream', ...options?.headers }",
    );
  });

  it('splits a JSON-or-stream operation into a JSON method and a streaming one that sets the flag', () => {
    expect(out).toContain(
      'complete(params: ChatsCompleteParams, options?: RequestOptions): ApiPromise<ChatsCompleteResponse>',
    );
    expect(out).toContain(
      "export type ChatsCompleteResponse = paths['/v1/chat/completions']['post']['responses'][200]['content']['application/json'];",
    );
    expect(out).toContain('body: { ...params, stream: false }');
    expect(out).toContain(
      'completeStream(params: ChatsCompleteStreamParams, options?: RequestOptions): StreamPromise<ChatsCompleteStreamEvent>',
    );
    expect(out).toContain('body: { ...params, stream: true }');
    expect(out).toContain(`doneData: "[DONE]", isFinal: () => false, decode: (m) => JSON.parse(m.data)`);
    expect(out).toMatch(/export type ChatsCompleteParams = \(Omit<.*, 'stream'>\) & \{\};/);
  });

  it('sends a defaulted header credential where the security names it, and removes it elsewhere', () => {
    expect(out).toContain("headers: { 'X-Workspace-Id': defaults.workspaceId, ...options?.headers }");
    expect(out).toContain("headers: { 'X-Workspace-Id': null, ...options?.headers }");
    expect(out).toContain('  workspaceId?: string | undefined;');
  });

  it('quotes parameter names that are not identifiers', () => {
    // With a body, query parameters are picked out of the params object by name.
    expect(out).toContain(
      "const { 'order_by_metric.direction': order_by_metric_direction, ...rest } = params;",
    );
    expect(out).toContain("const query = { 'order_by_metric.direction': order_by_metric_direction };");
    // Without one, the params object is the query as it is.
    expect(out).toContain("api.request('get', '/v1/leaderboards', { ...options, params: { query: params }");
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

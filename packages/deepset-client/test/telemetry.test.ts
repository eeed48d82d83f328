// OpenTelemetry traces through the deepset client's public API (`hooks: [openTelemetry(), ...]`), with the
// SDK's in-memory exporter: a stream's span stays open until the stream ends, is cut, is abandoned (a
// `break`) or is dropped unread (collected), a wait (deployPipelineAndWait) is one span over its polls, and the key is in no attribute.
// telemetry-http.test.ts cuts a stream over real HTTP.
import { SpanStatusCode } from '@opentelemetry/api';
import { openTelemetry } from '@org/sdk-core/otel';
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { collectUntil } from '../../core/test/support/gc';
import { useMockedClient } from '../../core/test/support/mocked-client';
import { useTracing } from '../../core/test/support/otel';
import {
  collectSearchStream,
  createDeepsetClient,
  type DeepsetClientOptions,
  type Hooks,
} from '../src/index';
import { createDeepsetMock } from '../src/msw/index';
import { QUERY_YAML } from './use-mock';

const KEY = 'ds_secret_key_for_tracing';
const STREAM = '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/search-stream' as const;
const tracing = useTracing();
const ends: string[] = [];
const answers: number[] = [];
const mine: Hooks = {
  onEnd: (e) => ends.push(`${e.operation} ${e.outcome}`),
  onResponse: (e) => answers.push(e.status),
};
const { mock, server, client } = useMockedClient(createDeepsetMock(), (overrides: DeepsetClientOptions) =>
  createDeepsetClient({
    apiKey: KEY,
    workspace: 'default',
    logLevel: 'off',
    hooks: [openTelemetry({ tracerProvider: tracing.tracerProvider }), mine],
    ...overrides,
  }),
);

const encoder = new TextEncoder();
const delta = (text: string) =>
  encoder.encode(`data: ${JSON.stringify({ query_id: 'q', type: 'delta', delta: { text } })}\n\n`);

/** A search stream that sends `before` deltas, then fails (`cut`) or goes on for ever. */
function streamBody(before: number, then: 'cut' | 'endless') {
  let i = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      await new Promise((r) => setTimeout(r, 2));
      if (i < before || then === 'endless') controller.enqueue(delta(`t${i++} `));
      else controller.error(new TypeError('terminated'));
    },
  });
}

describe('OpenTelemetry over streams and waits', () => {
  it("keeps a stream's span open until the stream ends", async () => {
    ends.length = 0;
    mock.seed.pipeline('qa');
    mock.seed.file('guide.txt', 'deepset Cloud runs Haystack pipelines.');
    const stream = client().pipelines.searchStream('qa', { query: 'What runs Haystack pipelines?' });
    let first = true;
    for await (const _ of stream) {
      if (first) {
        // Headers are in and an event was read: the attempt is over, the call is not.
        expect(tracing.spans().map((s) => s.name)).toEqual([
          'POST /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/search-stream',
        ]);
        first = false;
      }
    }
    const call = tracing.span('pipelines.searchStream');
    expect(call.attributes).toMatchObject({
      'http.request.method': 'POST',
      'http.response.status_code': 200,
      'org.sdk.vendor': 'deepset',
    });
    expect(call.status.code).toBe(SpanStatusCode.UNSET);
    expect(ends).toEqual(['pipelines.searchStream complete']);
  });

  it('ends the span of a stream cut mid-body as failed', async () => {
    mock.seed.pipeline('qa');
    server.use(
      mock.http.post(
        STREAM,
        () => new HttpResponse(streamBody(2, 'cut'), { headers: { 'content-type': 'text/event-stream' } }),
      ),
    );
    const error = await collectSearchStream(client().pipelines.searchStream('qa', { query: 'x' })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    const call = tracing.span('pipelines.searchStream');
    expect(call.status.code).toBe(SpanStatusCode.ERROR);
    expect(call.attributes['error.type']).toBeDefined();
  });

  it('ends the span of a stream the consumer breaks out of', async () => {
    ends.length = 0;
    mock.seed.pipeline('qa');
    server.use(
      mock.http.post(
        STREAM,
        () =>
          new HttpResponse(streamBody(0, 'endless'), { headers: { 'content-type': 'text/event-stream' } }),
      ),
    );
    let got = 0;
    for await (const _ of client().pipelines.searchStream('qa', { query: 'x' })) if (++got === 2) break;
    const call = tracing.span('pipelines.searchStream');
    expect(call.events.map((e) => e.name)).toEqual(['cancelled']);
    expect(call.status.code).toBe(SpanStatusCode.UNSET);
    expect(ends).toEqual(['pipelines.searchStream cancelled']);
  });

  it('ends the span of a stream the consumer drops unread, at its headers, when it is collected', async () => {
    ends.length = 0;
    answers.length = 0;
    mock.seed.pipeline('qa');
    let cancelled: unknown;
    server.use(
      mock.http.post(STREAM, () => {
        const endless = streamBody(0, 'endless');
        const body = new ReadableStream<Uint8Array>({
          pull: async (controller) => {
            const reader = endless.getReader();
            const { value } = await reader.read();
            reader.releaseLock();
            controller.enqueue(value!);
          },
          cancel: (reason) => {
            cancelled = reason;
          },
        });
        return new HttpResponse(body, { headers: { 'content-type': 'text/event-stream' } });
      }),
    );
    // Read one event, then let go of the iterator: neither read to the end, nor cancelled (no `break`, no
    // `return()`). In a function of its own, so no variable of this test holds the stream.
    const readOneAndDrop = async () => {
      const events = client().pipelines.searchStream('qa', { query: 'x' })[Symbol.asyncIterator]();
      expect((await events.next()).done).toBe(false);
    };
    await readOneAndDrop();
    expect(answers).toEqual([200]);
    expect(ends).toEqual([]);
    expect(await collectUntil(() => ends.length > 0)).toBe(true);
    expect(ends).toEqual(['pipelines.searchStream dropped']);
    const call = tracing.span('pipelines.searchStream');
    expect(call.events.map((e) => e.name)).toEqual(['dropped']);
    expect(call.status.code).toBe(SpanStatusCode.UNSET);
    // It ends where its attempt (headers) ended, not when it was collected.
    const [attempt] = tracing.children(call);
    expect(call.endTime).toEqual(attempt!.endTime);
    // The connection was let go: the server's body was cancelled.
    expect(await collectUntil(() => cancelled !== undefined)).toBe(true);
  });

  it('makes deploy-and-wait one span over the deploy and its polls', async () => {
    const ds = client();
    await ds.pipelines.create({ name: 'rag', query_yaml: QUERY_YAML });
    await ds.deployPipelineAndWait('rag', { pollInterval: { min: 5, max: 5 } });
    const flow = tracing.span('deployPipelineAndWait');
    const calls = tracing.children(flow).map((s) => s.name);
    expect(calls[0]).toBe('pipelines.deploy');
    expect(calls.slice(1).every((name) => name === 'pipelines.get')).toBe(true);
    expect(calls.length).toBeGreaterThanOrEqual(2);
    expect(tracing.allAttributeText()).not.toContain(KEY);
  });
});

// OpenTelemetry over real HTTP on 127.0.0.1 (no msw in this file): a connection cut mid-stream ends the
// call's span as failed, the server receives the attempt's traceparent, and the key is in no attribute.
import { SpanStatusCode } from '@opentelemetry/api';
import { serveHandlers } from '@org/sdk-core/msw-node';
import { openTelemetry } from '@org/sdk-core/otel';
import { describe, expect, it } from 'vitest';
import { useTracing } from '../../core/test/support/otel';
import { collectSearchStream, createDeepsetClient } from '../src/index';
import { createDeepsetMock } from '../src/msw/index';

const KEY = 'ds_secret_key_for_tracing';
const tracing = useTracing();

/** A search stream that sends two deltas, then fails as a reset connection would. */
function cutBody() {
  let i = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      await new Promise((r) => setTimeout(r, 2));
      const event = { query_id: 'q', type: 'delta', delta: { text: `t${i} ` } };
      if (i++ < 2) controller.enqueue(new TextEncoder().encode(`data: ${JSON.stringify(event)}\n\n`));
      else controller.error(new TypeError('terminated'));
    },
  });
}

describe('OpenTelemetry over real HTTP', () => {
  it('a connection cut mid-stream ends the span as failed, and traceparent reaches the server', async () => {
    let traceparent: string | null = null;
    let real: ReturnType<typeof createDeepsetMock> | undefined;
    const served = await serveHandlers(
      (origin) => {
        real = createDeepsetMock({ baseUrl: origin });
        return real.handlers;
      },
      {
        before: (request: Request) => {
          if (!new URL(request.url).pathname.endsWith('/search-stream')) return undefined;
          traceparent = request.headers.get('traceparent');
          return new Response(cutBody(), { headers: { 'content-type': 'text/event-stream' } });
        },
      },
    );
    try {
      real!.seed.pipeline('qa');
      const ds = createDeepsetClient({
        apiKey: KEY,
        workspace: 'default',
        baseUrl: served.url,
        logLevel: 'off',
        hooks: openTelemetry({ tracerProvider: tracing.tracerProvider }),
      });
      await expect(collectSearchStream(ds.pipelines.searchStream('qa', { query: 'x' }))).rejects.toThrow();
      const call = tracing.span('pipelines.searchStream');
      expect(call.status.code).toBe(SpanStatusCode.ERROR);
      expect(call.attributes['server.address']).toBe('127.0.0.1');
      const [attempt] = tracing.children(call);
      expect(traceparent).toBe(`00-${attempt!.spanContext().traceId}-${attempt!.spanContext().spanId}-01`);
      expect(tracing.allAttributeText()).not.toContain(KEY);
    } finally {
      await served.close();
    }
  });
});

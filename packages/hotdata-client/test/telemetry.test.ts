// OpenTelemetry traces through the Hotdata client's public API (`hooks: openTelemetry()`), with the SDK's
// in-memory exporter: a plain call, a retried call, a failed call and a wait (runQuery over its polls); the
// traceparent each attempt sends; the API key in no attribute.
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { openTelemetry } from '@org/sdk-core/otel';
import { describe, expect, it } from 'vitest';
import { useMockedClient } from '../../core/test/support/mocked-client';
import { useTracing } from '../../core/test/support/otel';
import { createHotdataClient, type HotdataClientOptions, NotFoundError } from '../src/index';
import { createHotdataMock } from '../src/msw/index';

const KEY = 'hd_secret_key_for_tracing';
const tracing = useTracing();
const hotdataMock = createHotdataMock();
const { mock, server, requests, client } = useMockedClient(
  hotdataMock,
  (overrides: HotdataClientOptions) =>
    createHotdataClient({
      apiKey: KEY,
      workspaceId: hotdataMock.workspaceId,
      logLevel: 'off',
      hooks: openTelemetry({ tracerProvider: tracing.tracerProvider }),
      ...overrides,
    }),
  { record: (request) => ({ traceparent: request.headers.get('traceparent') }) },
);

describe('OpenTelemetry', () => {
  it('makes a call one span named for the operation, with HTTP client attributes and an attempt span', async () => {
    await client().connections.list();
    const call = tracing.span('connections.list');
    expect(call.kind).toBe(SpanKind.INTERNAL);
    expect(call.attributes).toMatchObject({
      'http.request.method': 'GET',
      'server.address': 'api.hotdata.dev',
      'server.port': 443,
      'url.full': 'https://api.hotdata.dev/v1/connections',
      'url.template': '/v1/connections',
      'http.response.status_code': 200,
      'org.sdk.vendor': 'hotdata',
      'org.sdk.operation': 'connections.list',
    });
    expect(call.attributes['http.request.resend_count']).toBeUndefined();
    expect(call.status.code).toBe(SpanStatusCode.UNSET);
    const [attempt, ...more] = tracing.children(call);
    expect(more).toEqual([]);
    expect(attempt!.name).toBe('GET /v1/connections');
    expect(attempt!.kind).toBe(SpanKind.CLIENT);
    expect(attempt!.attributes['http.response.status_code']).toBe(200);
    // The request carried the attempt's context: same trace, the attempt span as parent.
    const { traceId, spanId } = attempt!.spanContext();
    expect(requests.at(-1)!.traceparent).toBe(`00-${traceId}-${spanId}-01`);
  });

  it('shows each attempt of a retried call, and the resend count', async () => {
    server.use(mock.scenarios.rateLimited('GET /v1/connections', { retryAfterSeconds: 0.01, times: 1 }));
    await client().connections.list();
    const call = tracing.span('connections.list');
    expect(call.attributes['http.request.resend_count']).toBe(1);
    expect(call.attributes['http.response.status_code']).toBe(200);
    expect(call.events.map((e) => [e.name, e.attributes?.['org.sdk.retry.reason']])).toEqual([
      ['retry', 'status 429'],
    ]);
    const attempts = tracing.children(call);
    expect(attempts.map((a) => a.attributes['http.response.status_code'])).toEqual([429, 200]);
    expect(attempts[0]!.attributes['error.type']).toBe('429');
    expect(attempts[0]!.status.code).toBe(SpanStatusCode.ERROR);
    expect(attempts[1]!.attributes['http.request.resend_count']).toBe(1);
    // Each attempt sent its own traceparent.
    const sent = requests.slice(-2).map((r) => r.traceparent);
    expect(sent).toEqual(attempts.map((a) => `00-${a.spanContext().traceId}-${a.spanContext().spanId}-01`));
  });

  it('marks a failed call with error.type and the error status', async () => {
    const error = await client()
      .datasets.get('ds_missing')
      .catch((e) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    const call = tracing.span('datasets.get');
    expect(call.attributes['error.type']).toBe('404');
    expect(call.attributes['http.response.status_code']).toBe(404);
    expect(call.status).toMatchObject({ code: SpanStatusCode.ERROR });
    expect(tracing.children(call)[0]!.attributes['error.type']).toBe('404');
  });

  it('marks a call that never got an answer with the error class', async () => {
    const refused = (() => Promise.reject(new TypeError('fetch failed'))) as typeof fetch;
    await expect(client({ fetch: refused, maxRetries: 1 }).connections.list()).rejects.toThrow();
    const call = tracing.span('connections.list');
    expect(call.attributes['error.type']).toBe('ConnectionError');
    expect(call.attributes['http.request.resend_count']).toBe(1);
    const attempts = tracing.children(call);
    expect(attempts.map((a) => a.attributes['error.type'])).toEqual(['ConnectionError', 'ConnectionError']);
  });

  it('makes a wait one span over its submission and polls', async () => {
    mock.queries.register('select 1', { columns: ['x'], rows: [[1]] }, { polls: 2 });
    await client().runQuery('select 1', { pollInterval: { min: 5, max: 5 } });
    const flow = tracing.span('runQuery');
    expect(flow.attributes).toMatchObject({ 'org.sdk.operation': 'runQuery', 'org.sdk.vendor': 'hotdata' });
    const calls = tracing.children(flow).map((s) => s.name);
    expect(calls).toEqual([
      'query.execute',
      'queryRuns.get',
      'queryRuns.get',
      'queryRuns.get',
      'results.get',
    ]);
    for (const s of tracing.spans()) expect(s.spanContext().traceId).toBe(flow.spanContext().traceId);
    // Every call starts and ends inside the wait's span: the calls end before the wait resumes, and the
    // spans share one clock (the SDK's default start is whole milliseconds of the wall clock).
    const ns = (t: readonly [number, number]) => BigInt(t[0]) * 1_000_000_000n + BigInt(t[1]);
    for (const s of tracing.children(flow)) {
      expect(ns(s.startTime)).toBeGreaterThanOrEqual(ns(flow.startTime));
      expect(ns(s.endTime)).toBeLessThanOrEqual(ns(flow.endTime));
    }
    // One after another: each call ended before the wait made the next.
    const children = tracing.children(flow);
    for (let i = 1; i < children.length; i++)
      expect(ns(children[i - 1]!.endTime)).toBeLessThanOrEqual(ns(children[i]!.startTime));
  });

  it('a failed wait ends its span with the error', async () => {
    mock.queries.register('select broken', { error: 'syntax error' });
    await expect(client().runQuery('select broken', { pollInterval: { min: 5, max: 5 } })).rejects.toThrow();
    const flow = tracing.span('runQuery');
    expect(flow.status.code).toBe(SpanStatusCode.ERROR);
    expect(flow.attributes['error.type']).toBeDefined();
  });

  it('puts the API key in no attribute, event or status, with the key in the URL too', async () => {
    server.use(mock.scenarios.rateLimited('GET /v1/connections', { retryAfterSeconds: 0.01, times: 1 }));
    await client({ baseUrl: `https://user:${KEY}@api.hotdata.dev`, maxRetries: 0 })
      .connections.list()
      .catch(() => {});
    await client()
      .datasets.get('ds_missing')
      .catch(() => {});
    expect(tracing.spans().length).toBeGreaterThan(2);
    expect(tracing.allAttributeText()).not.toContain(KEY);
  });
});

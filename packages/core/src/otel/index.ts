/**
 * `@org/sdk-core/otel`: OpenTelemetry traces for the @org clients, as a hook set. Only this entry imports
 * `@opentelemetry/api` (an optional peer), so a user who does not trace installs and loads nothing of it.
 *
 * Each call is a span named for the vendor operation (`queryRuns.list`), with the HTTP client semantic
 * conventions; each attempt is a CLIENT child span named `{method} {url.template}`, and its context goes
 * out as `traceparent` through the globally registered propagator. A stream's span stays open until the
 * stream ends, fails or is cancelled; one dropped unread ends, at its headers, when the runtime collects it.
 * A flow (a wait and its polls) is one span over its calls.
 */
import type { Attributes, Context, HrTime, Span, TracerProvider } from '@opentelemetry/api';
import type { Hooks } from '../hooks';
import { api } from './api-peer';

/** Options of `openTelemetry`. */
export interface OpenTelemetryOptions {
  /** Where the spans go. @default the global tracer provider (the one your OpenTelemetry SDK registered) */
  tracerProvider?: TracerProvider | undefined;
}

/** The tracer's name, as backends show the instrumentation scope. */
const SCOPE = '@org/sdk-core';

/**
 * One clock for every span this entry starts and ends. Left to itself the SDK starts a span at `Date.now()`
 * (whole milliseconds) and ends it that plus the monotonic time elapsed, so two spans' times are off from
 * each other by up to 1 ms: a call that ended before its flow could show as ending after it. The wall clock
 * is read once, here; the rest is the monotonic clock, to the microsecond.
 */
const wallAtZero = Date.now() - performance.now();
/** Now, as the `[seconds, nanoseconds]` since the epoch that spans take (no guessing at what a number means). */
function now(): HrTime {
  const ms = wallAtZero + performance.now();
  const seconds = Math.floor(ms / 1000);
  return [seconds, Math.round((ms - seconds * 1000) * 1e6)];
}

/**
 * A hook set that traces a client's calls with OpenTelemetry. Pass it in `hooks` (alone or in a list with
 * your own hooks); spans go to the global tracer provider unless you name one.
 * @example
 * import { openTelemetry } from '@org/sdk-core/otel';
 * const hotdata = createHotdataClient({ hooks: openTelemetry() });
 * const both = createDeepsetClient({ hooks: [openTelemetry(), { onRetry: (e) => metrics.count('retry') }] });
 */
export function openTelemetry(options: OpenTelemetryOptions = {}): Hooks {
  const tracer = (options.tracerProvider ?? api.trace.getTracerProvider()).getTracer(SCOPE);
  const { SpanKind, SpanStatusCode } = api;

  /** Marks a span failed with the semantic conventions' `error.type`. */
  const fail = (span: Span, type: string, message?: string) => {
    span.setAttribute('error.type', type);
    span.setStatus({ code: SpanStatusCode.ERROR, ...(message ? { message } : {}) });
  };

  return {
    onCall(call) {
      const parent = api.context.active();
      const http = httpAttributes(call.method, call.url);
      const span = tracer.startSpan(
        call.operation,
        {
          kind: SpanKind.INTERNAL,
          startTime: now(),
          attributes: {
            ...http,
            'url.template': call.template,
            'org.sdk.operation': call.operation,
            ...(call.vendor ? { 'org.sdk.vendor': call.vendor } : {}),
          },
        },
        parent,
      );
      const inCall: Context = api.trace.setSpan(parent, span);
      let attempt: Span | undefined;
      let resends = 0;
      // When the response headers came: where a dropped stream's span ends.
      let answered: HrTime | undefined;
      const endAttempt = (type?: string, at = now()) => {
        if (!attempt) return;
        if (type) fail(attempt, type);
        attempt.end(at);
        attempt = undefined;
      };
      const endCall = (at = now()) => {
        endAttempt();
        if (resends > 0) span.setAttribute('http.request.resend_count', resends);
        span.end(at);
      };
      return {
        onRequest(event) {
          endAttempt();
          resends = event.attempt - 1;
          attempt = tracer.startSpan(
            `${call.method} ${call.template}`,
            {
              kind: SpanKind.CLIENT,
              startTime: now(),
              attributes: {
                ...http,
                'url.template': call.template,
                ...(resends > 0 ? { 'http.request.resend_count': resends } : {}),
              },
            },
            inCall,
          );
          // The server sees this attempt's span as its parent: W3C traceparent with the default propagator.
          api.propagation.inject(api.trace.setSpan(inCall, attempt), event, {
            set: (carrier, name, value) => carrier.setHeader(name, value),
          });
        },
        onResponse(event) {
          answered = now();
          attempt?.setAttribute('http.response.status_code', event.status);
          span.setAttribute('http.response.status_code', event.status);
          if (event.requestId) span.setAttribute('org.sdk.request_id', event.requestId);
          endAttempt(event.status >= 400 ? String(event.status) : undefined, answered);
        },
        onRetry(event) {
          // A connection failure or timeout has no response: its attempt ends here.
          endAttempt(event.reason.startsWith('status ') ? undefined : event.reason);
          span.addEvent('retry', {
            'org.sdk.retry.reason': event.reason,
            'org.sdk.retry.delay_ms': Math.round(event.delay),
            'http.request.resend_count': event.attempt,
          });
        },
        onError(event) {
          const error = event.error as { name?: unknown; status?: unknown; message?: unknown } | undefined;
          const type =
            typeof error?.status === 'number'
              ? String(error.status)
              : typeof error?.name === 'string'
                ? error.name
                : '_OTHER';
          endAttempt(attempt ? type : undefined);
          fail(span, type, typeof error?.message === 'string' ? error.message : undefined);
          endCall();
        },
        onEnd(event) {
          if (event.outcome === 'failed') {
            const error = event.error as { name?: unknown; message?: unknown } | undefined;
            fail(
              span,
              typeof error?.name === 'string' ? error.name : '_OTHER',
              typeof error?.message === 'string' ? error.message : undefined,
            );
          } else if (event.outcome === 'cancelled') span.addEvent('cancelled');
          else if (event.outcome === 'dropped') {
            // Learnt when the runtime collected the stream, which may be long after anyone read it: the span
            // ends at the response headers, the last moment it is known to have been in use.
            span.addEvent('dropped', undefined, answered);
            return endCall(answered);
          }
          endCall();
        },
      };
    },
    aroundFlow(event, run) {
      const parent = api.context.active();
      const span = tracer.startSpan(
        event.operation,
        {
          kind: SpanKind.INTERNAL,
          startTime: now(),
          attributes: {
            'org.sdk.operation': event.operation,
            ...(event.vendor ? { 'org.sdk.vendor': event.vendor } : {}),
          },
        },
        parent,
      );
      const failed = (error: unknown) => {
        const e = error as { name?: unknown; message?: unknown } | undefined;
        fail(
          span,
          typeof e?.name === 'string' ? e.name : '_OTHER',
          typeof e?.message === 'string' ? e.message : undefined,
        );
        span.end(now());
      };
      return api.context.with(api.trace.setSpan(parent, span), () => {
        let result: ReturnType<typeof run>;
        try {
          result = run();
        } catch (error) {
          failed(error);
          throw error;
        }
        const thenable = result as { then?: unknown } | null | undefined;
        if (thenable && typeof thenable.then === 'function') {
          // Observed, not replaced: the caller keeps the flow's own promise (and its methods).
          (result as PromiseLike<unknown>).then(() => span.end(now()), failed);
        } else span.end(now());
        return result;
      });
    },
  };
}

/** The HTTP client attributes of a request to `url` (already scrubbed of credentials). */
function httpAttributes(method: string, url: string): Attributes {
  const attributes: Attributes = { 'http.request.method': method, 'url.full': url };
  try {
    const parsed = new URL(url);
    attributes['server.address'] = parsed.hostname;
    attributes['server.port'] = parsed.port ? Number(parsed.port) : parsed.protocol === 'https:' ? 443 : 80;
  } catch {
    // A URL the transport will refuse: the call's error says why.
  }
  return attributes;
}

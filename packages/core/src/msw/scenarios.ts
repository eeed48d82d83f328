import { delay, http, HttpResponse } from 'msw';
import { type MockMethod, mswPath } from './typed-http';

/** One Server-Sent Event to send. Objects as data are sent as JSON. */
export interface SseEventInit {
  event?: string | undefined;
  data: unknown;
  id?: string | undefined;
  retry?: number | undefined;
}

/** How an SSE body is cut into chunks: a byte count (which can split lines and characters) or one chunk per event. */
export interface SseBodyOptions {
  chunkSize?: number | 'event' | undefined;
  /** Pause between chunks, ms. */
  delayMs?: number | undefined;
}

const encoder = new TextEncoder();

/** The wire text of one event. */
export function formatSseEvent(e: SseEventInit): string {
  let text = '';
  if (e.event) text += `event: ${e.event}\n`;
  if (e.id !== undefined) text += `id: ${e.id}\n`;
  if (e.retry !== undefined) text += `retry: ${e.retry}\n`;
  const data = typeof e.data === 'string' ? e.data : JSON.stringify(e.data);
  for (const line of data.split('\n')) text += `data: ${line}\n`;
  return `${text}\n`;
}

/**
 * A `text/event-stream` body that streams `events` in the chosen chunks, then ends; with `cut`, it ends
 * mid-event instead (`'end'`: the body just stops; `'error'`: the connection drops).
 * @example new Response(sseBody([{ event: 'delta', data: { text: 'hi' } }], { chunkSize: 7 }))
 */
export function sseBody(
  events: readonly SseEventInit[],
  options: SseBodyOptions & { cut?: { afterEvents: number; mode?: 'end' | 'error' | undefined } } = {},
): ReadableStream<Uint8Array> {
  const texts = events.map(formatSseEvent);
  let chunks: Uint8Array[];
  if (options.cut) {
    const whole = texts.slice(0, options.cut.afterEvents).join('');
    const next = texts[options.cut.afterEvents] ?? 'data: {"partial":';
    // Half of the next event: a partial line with no blank line after it.
    texts.splice(0, texts.length, whole + next.slice(0, Math.max(1, Math.floor(next.length / 2))));
  }
  if (options.chunkSize === undefined || options.chunkSize === 'event') {
    chunks = texts.map((t) => encoder.encode(t));
  } else {
    const bytes = encoder.encode(texts.join(''));
    const size = Math.max(1, options.chunkSize);
    chunks = [];
    for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.slice(i, i + size));
  }
  let i = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (i > 0 && options.delayMs) await delay(options.delayMs);
      const chunk = chunks[i++];
      if (chunk) return controller.enqueue(chunk);
      if (options.cut?.mode === 'error') controller.error(new TypeError('network connection lost'));
      else controller.close();
    },
  });
}

/** A streamed SSE Response. */
export function sseHttpResponse(
  events: readonly SseEventInit[],
  options: SseBodyOptions & {
    status?: number | undefined;
    headers?: Record<string, string> | undefined;
  } = {},
): Response {
  return new HttpResponse(sseBody(events, options), {
    status: options.status ?? 200,
    headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', ...options.headers },
  });
}

/** `'POST /v1/query'`: a method and a spec path (with `{param}`s). */
export type Route = `${Uppercase<MockMethod>} /${string}`;

/** How often a scenario fires before it lets requests through to the next handler. @default 1 */
type Times = { times?: number | undefined };

/**
 * Fault scenarios for one API. Each returns an msw handler to `server.use(...)`; it answers the first
 * `times` matching requests and then passes later ones to the next handler (the stateful mock).
 * @example
 * const scenarios = createScenarios({ baseUrl, errorBody: (status, message) => ({ error: { code: status, message } }) });
 * server.use(scenarios.rateLimited('POST /v1/query', { retryAfterSeconds: 1 }));
 */
export function createScenarios(config: {
  baseUrl: string;
  errorBody?: ((status: number, message: string) => unknown) | undefined;
}) {
  const errorBody = config.errorBody ?? ((_status: number, message: string) => ({ message }));
  const on = (
    route: Route,
    times: number,
    answer: (request: Request) => Response | Promise<Response | undefined>,
  ) => {
    const match = /^(GET|POST|PUT|PATCH|DELETE) (\/.*)$/.exec(route);
    if (!match) {
      throw new Error(`[@org/sdk-core/msw] route must look like 'POST /v1/things/{id}', got '${route}'.`);
    }
    let left = times;
    return http[(match[1] as string).toLowerCase() as MockMethod](
      mswPath(config.baseUrl, match[2] as string),
      ({ request }) => {
        if (left <= 0) return undefined;
        left--;
        return answer(request);
      },
    );
  };
  return {
    /** 429 with `Retry-After` (seconds) and/or `retry-after-ms`, in the vendor's error shape. */
    rateLimited(
      route: Route,
      options: Times & {
        retryAfterSeconds?: number | undefined;
        retryAfterMs?: number | undefined;
        body?: unknown;
        headers?: Record<string, string> | undefined;
      } = {},
    ) {
      const headers: Record<string, string> = { ...options.headers };
      if (options.retryAfterSeconds !== undefined) headers['retry-after'] = String(options.retryAfterSeconds);
      if (options.retryAfterMs !== undefined) headers['retry-after-ms'] = String(options.retryAfterMs);
      return on(route, options.times ?? 1, () =>
        HttpResponse.json((options.body ?? errorBody(429, 'Too many requests')) as never, {
          status: 429,
          headers,
        }),
      );
    },
    /** A 5xx (or any status) in the vendor's error shape. */
    serverError(
      route: Route,
      options: Times & {
        status?: number | undefined;
        body?: unknown;
        headers?: Record<string, string> | undefined;
      } = {},
    ) {
      const status = options.status ?? 500;
      return on(route, options.times ?? 1, () =>
        HttpResponse.json((options.body ?? errorBody(status, 'Internal server error')) as never, {
          status,
          headers: options.headers ?? {},
        }),
      );
    },
    /** The connection fails: fetch rejects, as on a reset or refused connection. */
    networkError(route: Route, options: Times = {}) {
      return on(route, options.times ?? 1, () => HttpResponse.error());
    },
    /** Waits `delayMs`, then lets the request through to the next handler (to test timeouts). */
    slow(route: Route, options: Times & { delayMs: number }) {
      return on(route, options.times ?? 1, async () => {
        await delay(options.delayMs);
        return undefined;
      });
    },
    /** Answers with these events as a stream, in the chosen chunking. */
    sseResponse(
      route: Route,
      events: readonly SseEventInit[],
      options: Times & SseBodyOptions & { status?: number | undefined } = {},
    ) {
      return on(route, options.times ?? 1, () => sseHttpResponse(events, options));
    },
    /** Streams `afterEvents` events, then stops mid-event: the body ends (`'end'`) or the connection drops (`'error'`). */
    cutStream(
      route: Route,
      events: readonly SseEventInit[],
      options: Times & SseBodyOptions & { afterEvents: number; mode?: 'end' | 'error' | undefined },
    ) {
      return on(
        route,
        options.times ?? 1,
        () =>
          new HttpResponse(
            sseBody(events, { ...options, cut: { afterEvents: options.afterEvents, mode: options.mode } }),
            {
              headers: { 'content-type': 'text/event-stream' },
            },
          ),
      );
    },
  };
}

/** The scenarios of one API, as `createScenarios` returns them. */
export type Scenarios = ReturnType<typeof createScenarios>;

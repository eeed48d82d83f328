// Streaming methods: what the spec's `x-stream*` extensions say of an operation's event stream, and the
// `streamResponse(...)` call that reads it.
import { deref } from './deref.mjs';

/** `{ format, mediaType, status, ... }` when the operation's success answer is an `x-stream` (SSE or NDJSON). */
export function streamOf(spec, op) {
  for (const [status, response] of Object.entries(op.responses)) {
    if (!/^2/.test(status)) continue;
    for (const [mediaType, media] of Object.entries(deref(spec, response)?.content ?? {})) {
      const format = media['x-stream'] ?? deref(spec, response)['x-stream'];
      if (format !== 'sse' && format !== 'ndjson') continue;
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
  return undefined;
}

/** The name of a streaming method's event type. */
export const eventTypeName = (o) => `${o.typeBase}Event`;

/** The event type of a streaming method: the spec's schema of its stream's media type. */
export const eventType = (o) =>
  `paths['${o.path}']['${o.method}']['responses'][${o.stream.status}]['content']['${o.stream.mediaType}']`;

/** A predicate on an item: its `field` equals `value` (the spec's `{ field, value }` rules). */
const match = (rule) =>
  `(e) => (e as Record<string, unknown>)[${JSON.stringify(rule.field)}] === ${JSON.stringify(rule.value)}`;

/**
 * The statement a streaming method returns: core's streamResponse over the request, told how the spec's
 * stream ends, which item is an error, and how each event decodes.
 * @example streamCall(o, "{ ...options, body: params }", 'params')
 */
export function streamCall(o, init, bodyFields) {
  const options = ['signal: options?.signal'];
  const { stream } = o;
  if (stream.format === 'sse') {
    // With a done event, that event is the only end marker: a stream that closes without it was cut.
    if (stream.done !== undefined)
      options.push(`doneData: ${JSON.stringify(stream.done)}`, 'isFinal: () => false');
    // Core's fast path: the data itself ('data'), or its default `{ event, data, id }`.
    if (stream.itemsAreData) options.push(`decode: 'data'`);
  }
  if (stream.error) options.push(`isErrorItem: ${match(stream.error)}`);
  if (stream.final) {
    const final = stream.final;
    if (final.when && o.bodyType !== 'json')
      throw new Error(
        `${o.op.operationId}: x-stream-final.when names a body field, but the request has no JSON body`,
      );
    options.push(
      final.when
        ? `isFinal: ${bodyFields}.${final.when} ? ${match(final)} : undefined`
        : `isFinal: ${match(final)}`,
    );
  }
  return `return streamResponse<${eventTypeName(o)}>(() => api.requestStream('${o.method}', '${o.path}', ${init}), '${stream.format}', { ${options.join(', ')} });`;
}

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
      if (format === 'sse' && !stream.itemsAreData) checkNamedEvents(spec, op, media.schema);
      return stream;
    }
  }
  return undefined;
}

/**
 * A named-event SSE stream's schema must be what its items are: `{ event, data }` objects (a `oneOf` of
 * them, one per event name), both fields required. Said here, naming the operation, rather than as a
 * compiler error in generated code.
 */
function checkNamedEvents(spec, op, schema) {
  const s = deref(spec, schema) ?? {};
  const members = s.oneOf ?? s.anyOf ?? [s];
  for (const member of members) {
    const m = deref(spec, member) ?? {};
    const required = m.required ?? [];
    if (
      !m.properties?.event ||
      !m.properties?.data ||
      !required.includes('event') ||
      !required.includes('data')
    )
      throw new Error(
        `${op.operationId}: an SSE stream with named events (no x-stream-items: data or x-stream-done) must have a schema that is a oneOf of objects with required \`event\` and \`data\`; ${member.$ref ?? 'one member'} is not`,
      );
  }
}

/** The name of a streaming method's event type. */
export const eventTypeName = (o) => `${o.typeBase}Event`;

/**
 * The event type of a streaming method: the spec's schema of its stream's media type, which is the data of
 * each event when items are data (and of each NDJSON line); for named events, core's NamedServerSentEvent
 * of it adds the `id` every item carries, and the compiler checks the schema is `{ event, data }`.
 */
export function eventType(o) {
  const schema = `paths['${o.path}']['${o.method}']['responses'][${o.stream.status}]['content']['${o.stream.mediaType}']`;
  return o.stream.format === 'sse' && !o.stream.itemsAreData ? `NamedServerSentEvent<${schema}>` : schema;
}

/**
 * A predicate on an item: its `field` equals `value` (the spec's `{ field, value }` rules). Typed against
 * the event type: a field the events lack, or a value it can never have, fails to compile.
 */
const match = (rule) => `(e) => e[${JSON.stringify(rule.field)}] === ${JSON.stringify(rule.value)}`;

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

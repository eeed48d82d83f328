// Property tests: whatever way the bytes are split into chunks, the parsers yield exactly what was sent.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ndjsonStream, sseStream } from '../src/index';

const encoder = new TextEncoder();

function split(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let start = 0;
  for (const p of [...points, bytes.length]) {
    chunks.push(bytes.slice(start, p));
    start = p;
  }
  return chunks;
}

function responseOf(chunks: Uint8Array[]): Response {
  let i = 0;
  return new Response(
    new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = chunks[i++];
        if (next) controller.enqueue(next);
        else controller.close();
      },
    }),
  );
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

const payload = fc.record({
  text: fc.string({ unit: 'grapheme', maxLength: 20 }),
  n: fc.integer(),
  list: fc.array(fc.boolean(), { maxLength: 3 }),
});
const event = fc.record({
  event: fc.constantFrom('message', 'delta', 'result', 'tool_call_delta'),
  id: fc.option(fc.stringMatching(/^[a-z0-9]{1,8}$/), { nil: undefined }),
  data: payload,
  pretty: fc.boolean(),
  eol: fc.constantFrom('\n', '\r\n', '\r'),
});
const cuts = fc.array(fc.nat(), { maxLength: 12 });

describe('parsers under random chunking', () => {
  it('SSE: every event arrives whole, in order, with its id', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(event, { maxLength: 8 }),
        cuts,
        fc.boolean(),
        async (events, at, trailingBlank) => {
          let text = '';
          events.forEach((e, i) => {
            const json = e.pretty ? JSON.stringify(e.data, null, 1) : JSON.stringify(e.data);
            if (e.event !== 'message') text += `event: ${e.event}${e.eol}`;
            if (e.id) text += `id: ${e.id}${e.eol}`;
            for (const line of json.split('\n')) text += `data: ${line}${e.eol}`;
            // The last event may lack its blank line, as some servers send it.
            if (i < events.length - 1 || trailingBlank) text += e.eol;
          });
          const got = await collect(sseStream(responseOf(split(encoder.encode(text), at))));
          expect(got).toEqual(events.map((e) => ({ event: e.event, data: e.data, id: e.id })));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('NDJSON: every line arrives whole, in order', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(payload, { maxLength: 10 }),
        cuts,
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        async (items, at, eol, trailingNewline) => {
          const text =
            items.map((i) => JSON.stringify(i)).join(eol) + (trailingNewline && items.length ? eol : '');
          expect(await collect(ndjsonStream(responseOf(split(encoder.encode(text), at))))).toEqual(items);
        },
      ),
      { numRuns: 200 },
    );
  });
});

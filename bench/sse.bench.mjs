// SSE: parse and JSON-decode a 10 MB stream of chat-style events. Baseline: eventsource-parser's callback
// API with JSON.parse per event (the floor for any SSE client); also its TransformStream, for reference.
// The README forms of the clients' streams (inference's `chats.complete({ stream: true })`, deepset's
// `pipelines.searchStream`) run through the whole client, with a fetch that answers the same bytes.
import { createDeepsetClient } from '@org/deepset-client';
import { createInferenceClient } from '@org/inference-client';
import { sseStream } from '@org/sdk-core';
import { createParser } from 'eventsource-parser';
import { EventSourceParserStream } from 'eventsource-parser/stream';
import { cpuMs } from './pagination.bench.mjs';

const EVENT = 'data: {"id":"c1","choices":[{"delta":{"content":"word "}}]}\n\n';
const CHUNK = 16 * 1024;

function makeChunks(totalBytes) {
  const bytes = new TextEncoder().encode(EVENT.repeat(Math.ceil(totalBytes / EVENT.length)));
  const chunks = [];
  for (let i = 0; i < bytes.length; i += CHUNK) chunks.push(bytes.subarray(i, i + CHUNK));
  return { chunks, bytes: bytes.length, events: Math.ceil(totalBytes / EVENT.length) };
}

function bodyOf(chunks) {
  let i = 0;
  return new ReadableStream({
    pull(controller) {
      if (i < chunks.length) controller.enqueue(chunks[i++]);
      else controller.close();
    },
  });
}

function minimalIterable(chunks) {
  const queue = [];
  let index = 0;
  const parser = createParser({
    onEvent: (e) => queue.push({ event: e.event ?? 'message', data: JSON.parse(e.data), id: e.id }),
  });
  const reader = bodyOf(chunks).getReader();
  const decoder = new TextDecoder();
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    next() {
      if (index < queue.length) return Promise.resolve({ value: queue[index++], done: false });
      return (async () => {
        for (;;) {
          if (index < queue.length) return { value: queue[index++], done: false };
          queue.length = 0;
          index = 0;
          const { value, done } = await reader.read();
          if (done) return { value: undefined, done: true };
          parser.feed(decoder.decode(value, { stream: true }));
        }
      })();
    },
  };
}

/** A fetch that answers every request with the chunks as an event stream, and `last` (OpenAI's `[DONE]`). */
const DONE = new TextEncoder().encode('data: [DONE]\n\n');
function fetchOf(chunks, last = []) {
  return async () =>
    new Response(bodyOf([...chunks, ...last]), { headers: { 'content-type': 'text/event-stream' } });
}

const variants = {
  'eventsource-parser callback + JSON.parse': async (chunks) => {
    let n = 0;
    let chars = 0;
    const parser = createParser({
      onEvent: (e) => {
        chars += JSON.parse(e.data).choices[0].delta.content.length;
        n++;
      },
    });
    const reader = bodyOf(chunks).getReader();
    const decoder = new TextDecoder();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      parser.feed(decoder.decode(value, { stream: true }));
    }
    return n + chars * 0;
  },
  'core sseStream': async (chunks) => {
    let n = 0;
    for await (const e of sseStream(new Response(bodyOf(chunks)))) {
      if (e.data.choices[0].delta.content) n++;
    }
    return n;
  },
  // The floor for any per-item AsyncIterable over the callback parser: the baseline's work plus one object
  // and one resolved promise per event, handed out by the smallest iterator that can be written.
  'callback + minimal AsyncIterable (reference)': async (chunks) => {
    let n = 0;
    for await (const e of minimalIterable(chunks)) {
      if (e.data.choices[0].delta.content) n++;
    }
    return n;
  },
  // The README form: `for await (const chunk of client.chats.complete({ stream: true }))`.
  'inference chats.complete({ stream: true })': async (chunks) => {
    const neo = createInferenceClient({ apiKey: 'k', logLevel: 'off', fetch: fetchOf(chunks, [DONE]) });
    let n = 0;
    for await (const chunk of neo.chats.complete({
      model: 'm',
      messages: [{ role: 'user', content: 'Hi' }],
      stream: true,
    })) {
      if (chunk.choices[0].delta.content) n++;
    }
    return n;
  },
  'deepset pipelines.searchStream': async (chunks) => {
    const deepset = createDeepsetClient({
      apiKey: 'k',
      workspace: 'w',
      logLevel: 'off',
      fetch: fetchOf(chunks),
    });
    let n = 0;
    for await (const event of deepset.pipelines.searchStream('p', { query: 'q' })) {
      if (event.choices[0].delta.content) n++;
    }
    return n;
  },
  'eventsource-parser TransformStream + JSON.parse': async (chunks) => {
    let n = 0;
    const events = bodyOf(chunks)
      .pipeThrough(new TextDecoderStream())
      .pipeThrough(new EventSourceParserStream());
    for await (const e of events) {
      if (JSON.parse(e.data).choices[0].delta.content) n++;
    }
    return n;
  },
};

export default async function sseBench({ megabytes = 10, rounds = 6 } = {}) {
  const { chunks, bytes, events } = makeChunks(megabytes * 1e6);
  const ms = Object.fromEntries(Object.keys(variants).map((k) => [k, 0]));
  const cpu = Object.fromEntries(Object.keys(variants).map((k) => [k, 0]));
  for (const fn of Object.values(variants)) await fn(chunks); // warm-up
  for (let r = 0; r < rounds; r++) {
    const names = Object.keys(variants);
    for (const name of names.slice(r % names.length).concat(names.slice(0, r % names.length))) {
      const start = performance.now();
      const used = process.cpuUsage();
      const n = await variants[name](chunks);
      ms[name] += performance.now() - start;
      cpu[name] += cpuMs(used);
      if (n !== events) throw new Error(`${name} yielded ${n} events, expected ${events}`);
    }
  }
  const mbps = (name) => (bytes * rounds) / 1e6 / (ms[name] / 1000);
  const baseline = mbps('eventsource-parser callback + JSON.parse');
  const reference = mbps('callback + minimal AsyncIterable (reference)');
  // The clients' README forms are held to the smallest AsyncIterable over the same parser, from the same run.
  const readmeForm = (name) => name.startsWith('inference') || name.startsWith('deepset');
  return Object.keys(variants).map((name) => ({
    bench: `SSE ${megabytes} MB (${events.toLocaleString('en')} events)`,
    name,
    value: +mbps(name).toFixed(1),
    unit: 'MB/s',
    ratio: +(mbps(name) / baseline).toFixed(3),
    ...(name === 'core sseStream' ? { target: '>= 0.9x callback', pass: mbps(name) / baseline >= 0.9 } : {}),
    ...(readmeForm(name)
      ? {
          target: '>= 0.95x reference',
          pass: mbps(name) / reference >= 0.95,
          note: `${(mbps(name) / reference).toFixed(3)}x the minimal AsyncIterable; CPU time: ${(cpu['callback + minimal AsyncIterable (reference)'] / cpu[name]).toFixed(3)}x`,
        }
      : {
          note: `CPU time: ${(cpu['eventsource-parser callback + JSON.parse'] / cpu[name]).toFixed(3)}x the callback`,
        }),
  }));
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(await sseBench());

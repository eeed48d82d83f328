// Uploads against a real HTTP server on 127.0.0.1: multipart from every source. The large stream in flat
// memory is in test/slow/ (the `slow` project, run last).
import { Readable } from 'node:stream';
import { beforeEach, describe, expect, it } from 'vitest';
import { createApiClient, UsageError } from '../src/index';
import { multipartBody, toUploadBody } from '../src/internal';
import type { paths } from './support/paths';
import { json, useTestServer } from './support/test-server';

const server = useTestServer();
beforeEach(() => {
  server.reply((_q, res) => json(res, 200, { id: 'f', name: 'up' }));
});

const silent = { debug() {}, info() {}, warn() {}, error() {} };

/** Parses the multipart body the server received with the platform's own parser. */
async function parseForm(index = 0) {
  const seen = server.seen[index]!;
  return new Response(new Uint8Array(seen.body), {
    headers: { 'content-type': String(seen.headers['content-type']) },
  }).formData();
}

async function putForm(body: Blob | ReadableStream<Uint8Array>, contentType: string, maxRetries = 0) {
  const api = createApiClient<paths>({
    baseUrl: server.url,
    logger: silent,
    maxRetries,
    retry: { initialDelay: 1 },
  });
  return api.request('put', '/items/{id}', {
    params: { path: { id: 'f' } },
    body: body as never,
    headers: { 'content-type': contentType },
  });
}

describe('multipartBody', () => {
  it('builds a Blob (retryable) from text, numbers, Blobs, Files, bytes and JSON objects', async () => {
    const { body, contentType } = multipartBody({
      name: 'report',
      pages: 3,
      tags: ['a', 'b'],
      file: new File(['%PDF-1.7 hello'], 'report.pdf', { type: 'application/pdf' }),
      bytes: { data: new TextEncoder().encode('raw bytes'), filename: 'b.bin' },
      meta: { lang: 'en', n: 1 },
    });
    expect(body).toBeInstanceOf(Blob);
    expect(contentType).toMatch(/^multipart\/form-data; boundary=/);
    await putForm(body, contentType);
    const form = await parseForm();
    expect(form.get('name')).toBe('report');
    expect(form.get('pages')).toBe('3');
    expect(form.getAll('tags')).toEqual(['a', 'b']);
    const file = form.get('file') as File;
    expect(file.name).toBe('report.pdf');
    expect(file.type).toBe('application/pdf');
    expect(await file.text()).toBe('%PDF-1.7 hello');
    expect(await (form.get('bytes') as File).text()).toBe('raw bytes');
    expect(JSON.parse(String(form.get('meta')))).toEqual({ lang: 'en', n: 1 });
  });

  it('re-sends the form intact on a retry, with a boundary that matches', async () => {
    server.reply((_q, res, _s, i) =>
      i === 0 ? json(res, 503, {}) : json(res, 200, { id: 'f', name: 'ok' }),
    );
    const { body, contentType } = multipartBody({
      upload_file: new File(['abc'], 'a.txt', { type: 'text/plain' }),
    });
    await putForm(body, contentType, 2);
    expect(server.seen).toHaveLength(2);
    expect(await ((await parseForm(1)).get('upload_file') as File).text()).toBe('abc');
  });

  it('streams parts from a Node Readable and a web ReadableStream, with a Content-Type that names the boundary', async () => {
    const web = new Blob(['web-stream-part']).stream();
    const { body, contentType } = multipartBody({
      note: 'streamed "quoted"\nname',
      node: { data: Readable.from(['node-', 'stream-', 'part']), filename: 'n.csv', contentType: 'text/csv' },
      web: { data: web, filename: 'w.txt' },
    });
    expect(body).toBeInstanceOf(ReadableStream);
    expect(contentType).toMatch(/^multipart\/form-data; boundary=/);
    await putForm(body, contentType);
    const form = await parseForm();
    expect(form.get('note')).toBe('streamed "quoted"\nname');
    const node = form.get('node') as File;
    expect([node.name, node.type, await node.text()]).toEqual(['n.csv', 'text/csv', 'node-stream-part']);
    expect(await (form.get('web') as File).text()).toBe('web-stream-part');
  });

  it('streams Blobs, bytes and empty streams among streamed parts, in order', async () => {
    const { body, contentType } = multipartBody({
      first: { data: Readable.from(['one']), filename: '1.txt' },
      empty: { data: new Blob([]).stream(), filename: 'empty.bin' },
      blob: new File(['two'], '2.txt', { type: 'text/plain' }),
      bytes: { data: new TextEncoder().encode('three'), filename: '3.bin' },
      last: 'four',
    });
    expect(body).toBeInstanceOf(ReadableStream);
    await putForm(body, contentType);
    const form = await parseForm();
    expect(await (form.get('first') as File).text()).toBe('one');
    expect((form.get('empty') as File).size).toBe(0);
    expect(await (form.get('blob') as File).text()).toBe('two');
    expect((form.get('blob') as File).type).toBe('text/plain');
    expect(await (form.get('bytes') as File).text()).toBe('three');
    expect(form.get('last')).toBe('four');
  });
});

describe("multipartBody's encoding (the spec's part types)", () => {
  /** Each part's own headers, as the server received them. */
  function partHeads(index = 0) {
    const text = new TextDecoder('latin1').decode(server.seen[index]!.body);
    return text
      .split(/------org-sdk-[\w-]+/)
      .map((part) => part.slice(0, part.indexOf('\r\n\r\n')).trim())
      .filter(Boolean);
  }

  it('sends a JSON part with its Content-Type, still a text field to the server', async () => {
    const { body, contentType } = multipartBody(
      { custom_data: { customer: 'acme' }, tags: 'a,b' },
      { custom_data: 'application/json' },
    );
    await putForm(body, contentType);
    expect(partHeads()).toEqual([
      'Content-Disposition: form-data; name="custom_data"\r\nContent-Type: application/json',
      'Content-Disposition: form-data; name="tags"',
    ]);
    const form = await parseForm();
    expect(form.get('custom_data')).toBe('{"customer":"acme"}');
  });

  it("keeps a file's own type where the spec allows it, and gives the spec's where it does not", async () => {
    const { body, contentType } = multipartBody(
      {
        any: new File(['a'], 'a.txt', { type: 'text/plain' }),
        csv: [new File(['b'], 'b.csv', { type: 'text/csv' }), new File(['c'], 'c.csv')],
        bytes: { data: new TextEncoder().encode('d'), filename: 'd.txt', contentType: 'text/plain' },
        streamed: { data: Readable.from(['e']), filename: 'e.bin' },
      },
      { any: '*/*', csv: 'text/csv', bytes: 'application/octet-stream', streamed: 'image/png, image/*' },
    );
    await putForm(body, contentType);
    const form = await parseForm();
    expect(form.getAll('csv').map((f) => (f as File).type)).toEqual(['text/csv', 'text/csv']);
    expect([form.get('any'), form.get('bytes'), form.get('streamed')].map((f) => (f as File).type)).toEqual([
      'text/plain',
      'application/octet-stream',
      'image/png',
    ]);
    expect(await (form.get('streamed') as File).text()).toBe('e');
  });
});

describe('toUploadBody', () => {
  it('passes re-readable sources through and turns streams into ReadableStreams', () => {
    const blob = new Blob(['x']);
    expect(toUploadBody(blob)).toBe(blob);
    expect(toUploadBody('text')).toBe('text');
    expect(toUploadBody(Readable.from(['a']))).toBeInstanceOf(ReadableStream);
  });

  it('rejects what cannot be uploaded, saying what can', () => {
    expect(() => toUploadBody(42 as never)).toThrow(UsageError);
    expect(() => toUploadBody(42 as never)).toThrow(/pass a Blob, File, bytes/);
  });
});

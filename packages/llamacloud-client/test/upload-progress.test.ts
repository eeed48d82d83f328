// onUploadProgress through LlamaCloud's uploads: uploadFile (classic files) and betaFiles.create, against
// the msw mock in-process and served on 127.0.0.1 (a first attempt refused with 503 restarts from 0).
import { HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { useServed } from '../../core/test/support/test-server';
import { checkProgress } from '../../core/test/support/upload-progress';
import { createLlamaCloudClient, type UploadProgress } from '../src/index';
import { createLlamaCloudMock, failOnUnhandled } from '../src/msw/index';

const MiB = 1024 * 1024;
const text = 'The quick brown fox jumps over the lazy dog.\n'.repeat(60_000);
const size = text.length;

/** The multipart body's size as sent: what the mock's request reads. */
let sentSizes: number[] = [];

describe('onUploadProgress against msw', () => {
  const mock = createLlamaCloudMock();
  const server = setupServer(...mock.handlers);
  beforeAll(() => {
    server.listen(failOnUnhandled);
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'POST' && request.body)
        void request
          .clone()
          .arrayBuffer()
          .then((b) => sentSizes.push(b.byteLength));
    });
  });
  afterEach(() => {
    server.resetHandlers();
    mock.reset();
    sentSizes = [];
  });
  afterAll(() => server.close());
  const llama = () => createLlamaCloudClient({ apiKey: 'llx-test', logLevel: 'off' });

  it('uploadFile reports the encoded form up to its size exactly once', async () => {
    expect(size).toBeGreaterThan(2 * MiB);
    const events: UploadProgress[] = [];
    const file = await llama().uploadFile(new File([text], 'fox.txt'), {
      onUploadProgress: (p) => events.push(p),
    });
    expect(mock.store.files.get(file.id)?.text).toBe(text);
    // The form is larger than the file by its envelope (boundaries, part headers), and counted whole.
    const total = events[0]!.total!;
    expect(total).toBeGreaterThan(size);
    expect(total).toBeLessThan(size + 1000);
    checkProgress(events, total);
    expect(sentSizes).toEqual([total]);
  });

  it('betaFiles.create takes it too', async () => {
    const events: UploadProgress[] = [];
    await llama().betaFiles.create(
      { file: new File([text], 'fox.txt'), purpose: 'parse' },
      {
        onUploadProgress: (p) => events.push(p),
      },
    );
    checkProgress(events, events[0]!.total!);
    expect(events[0]!.total).toBeGreaterThan(size);
  });
});

describe('onUploadProgress on 127.0.0.1', () => {
  const serve = useServed();

  it('restarts from { loaded: 0, attempt: 2 } after a refused attempt', async () => {
    const served = await serve((url) => createLlamaCloudMock({ baseUrl: url }).handlers, {
      before: async (request, index) => {
        if (index !== 0) return undefined;
        await request.arrayBuffer();
        return HttpResponse.json({ detail: 'busy' }, { status: 503 });
      },
    });
    const llama = createLlamaCloudClient({
      apiKey: 'llx-test',
      baseUrl: served.url,
      logLevel: 'off',
      retry: { initialDelay: 1, maxDelay: 1 },
    });
    const events: UploadProgress[] = [];
    const file = await llama.uploadFile(new Blob([text]), {
      filename: 'fox.txt',
      onUploadProgress: (p) => events.push(p),
    });
    expect(file.name).toBe('fox.txt');
    const runs = checkProgress(events, events[0]!.total!, 2);
    expect(runs[1]![0]).toMatchObject({ loaded: 0, attempt: 2 });
  });
});

// onUploadProgress over real HTTP: Hotdata's mock served on 127.0.0.1, its first answer a 503 after reading
// the whole body, so the retried upload restarts from { loaded: 0, attempt: 2 }.
import { describe, expect, it } from 'vitest';
import { useServed } from '../../core/test/support/test-server';
import { checkProgress } from '../../core/test/support/upload-progress';
import { createHotdataClient, type UploadProgress } from '../src/index';
import { createHotdataMock } from '../src/msw/index';

const MiB = 1024 * 1024;

const serve = useServed();

describe('onUploadProgress on 127.0.0.1', () => {
  it('restarts from { loaded: 0, attempt: 2 } after a refused attempt, and reaches the size once', async () => {
    const served = await serve((url) => createHotdataMock({ baseUrl: url }).handlers, {
      before: async (request, index) => {
        if (index !== 0) return undefined;
        await request.arrayBuffer();
        return Response.json({ error: { message: 'waking up' } }, { status: 503 });
      },
    });
    const hotdata = createHotdataClient({
      apiKey: 'k',
      workspaceId: 'ws_mock',
      baseUrl: served.url,
      logLevel: 'off',
      retry: { initialDelay: 1, maxDelay: 1 },
    });
    const bytes = new Uint8Array(3 * MiB + 1).fill(65);
    const events: UploadProgress[] = [];
    const upload = await hotdata.uploadFile(new Blob([bytes], { type: 'text/csv' }), {
      onUploadProgress: (p) => events.push(p),
    });
    expect(upload.size_bytes).toBe(bytes.length);
    const runs = checkProgress(events, bytes.length, 2);
    expect(runs[1]![0]).toEqual({ loaded: 0, total: bytes.length, attempt: 2 });
  });
});

// onUploadProgress through a deployment's execute over real HTTP: Unstract's mock served on 127.0.0.1. The
// documents go as one multipart form, counted whole; a 429 (the organization's execution limit) sends it
// again from { loaded: 0, attempt: 2 }.
import { describe, expect, it } from 'vitest';
import { useServed } from '../../core/test/support/test-server';
import { checkProgress } from '../../core/test/support/upload-progress';
import { createUnstractClient, type UploadProgress } from '../src/index';
import { createUnstractMock, type UnstractMock } from '../src/msw/index';

const serve = useServed();

describe('onUploadProgress on 127.0.0.1', () => {
  it("execute reports the form's bytes, restarting after a refused attempt", async () => {
    let mock: UnstractMock | undefined;
    let posts = 0;
    const served = await serve(
      (origin) => {
        mock = createUnstractMock({ baseUrl: origin });
        return mock.handlers;
      },
      {
        before: async (request) => {
          if (request.method !== 'POST' || posts++ > 0) return undefined;
          await request.arrayBuffer();
          return Response.json(
            { type: 'client_error', errors: [{ code: 'error', detail: 'limit' }] },
            { status: 429 },
          );
        },
      },
    );
    const { key } = mock!.seed.deployment('invoices', { is_active: true });
    const unstract = createUnstractClient({
      apiKey: 'mgmt',
      orgId: mock!.orgId,
      baseUrl: served.url,
      logLevel: 'off',
      retry: { initialDelay: 1, maxDelay: 1 },
    });
    const invoices = unstract.deployment('invoices', { apiKey: key.api_key });
    const text = 'Invoice line, amount 12.50\n'.repeat(40_000);
    const events: UploadProgress[] = [];
    const { message } = await invoices.execute(
      [new File([text], 'march.txt', { type: 'text/plain' }), new File(['solo'], 'b.txt')],
      {},
      { onUploadProgress: (p) => events.push(p) },
    );
    expect(message.execution_status).toBe('PENDING');
    const total = events[0]!.total!;
    expect(total).toBeGreaterThan(text.length);
    const [, retried] = checkProgress(events, total, 2);
    expect(retried![0]).toEqual({ loaded: 0, total, attempt: 2 });
  });
});

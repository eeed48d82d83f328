// Checks generated methods hand to a call from the spec: a required header left unset, and fields an
// `anyOf` asks for. Either rejects the call with a UsageError before anything is sent.
import { describe, expect, it, vi } from 'vitest';
import { createApiClient, UsageError } from '../src/index';
import { missingAnyOf, type RequiredFields, streamResponse } from '../src/internal';
import type { paths } from './support/paths';

const BASE = 'https://api.example.test';
const required = { 'X-Workspace-Id': 'pass `workspaceId` or set WS_ID.' };

function client(headers?: Record<string, string | undefined>) {
  const fetch = vi.fn(async () => Response.json({ items: [], next_cursor: null }));
  const api = createApiClient<paths>({ baseUrl: BASE, apiKey: 'k', fetch, headers, logLevel: 'off' });
  return { api, fetch };
}

describe('requiredHeaders', () => {
  it('refuses a call whose required header is undefined, naming it with the spec message', async () => {
    const { api, fetch } = client();
    const init = { headers: { 'X-Workspace-Id': undefined }, requiredHeaders: required };
    const error = await api.request('get', '/items', init).catch((e) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toBe(
      '[@org/sdk-core] GET /items needs the X-Workspace-Id header: pass `workspaceId` or set WS_ID.',
    );
    await expect(api.raw.GET('/items', init)).rejects.toBeInstanceOf(UsageError);
    const events = streamResponse(() => api.requestStream('get', '/items', init), 'sse');
    await expect(events).rejects.toBeInstanceOf(UsageError);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('sends it when the call, or the client, sets it; and without it when the call removes it (null)', async () => {
    const { api, fetch } = client();
    await api.request('get', '/items', { headers: { 'X-Workspace-Id': 'ws_1' }, requiredHeaders: required });
    await api.request('get', '/items', { headers: { 'X-Workspace-Id': null }, requiredHeaders: required });
    const preset = client({ 'X-Workspace-Id': 'ws_2' });
    await preset.api.request('get', '/items', {
      headers: { 'X-Workspace-Id': undefined },
      requiredHeaders: required,
    });
    const sent = (f: typeof fetch, i: number) =>
      new Headers((f.mock.calls[i] as unknown as [string, RequestInit])[1].headers).get('x-workspace-id');
    expect([sent(fetch, 0), sent(fetch, 1), sent(preset.fetch, 0)]).toEqual(['ws_1', null, 'ws_2']);
  });
});

describe('missingAnyOf', () => {
  const sets: RequiredFields[] = [{ files: 1 }, { presigned_urls: 1 }];

  it('names the field sets when none is complete', () => {
    for (const fields of [{}, { files: [] }, { files: null, presigned_urls: [] }]) {
      expect(missingAnyOf('executions.execute()', fields, sets)?.message).toBe(
        '[@org/sdk-core] executions.execute() needs at least one of: a non-empty `files`, a non-empty `presigned_urls`.',
      );
    }
    expect(missingAnyOf('x()', { a: 1 }, [{ a: 0, b: 0 }, { c: 3 }])?.message).toBe(
      '[@org/sdk-core] x() needs at least one of: `a` and `b`, `c` (3+ items).',
    );
  });

  it('is undefined when one set is complete (a single value counts as one item)', () => {
    expect(missingAnyOf('x()', { presigned_urls: ['https://s3/a'] }, sets)).toBeUndefined();
    expect(missingAnyOf('x()', { files: new Blob(['x']) }, sets)).toBeUndefined();
    expect(missingAnyOf('x()', { a: '', b: 0 }, [{ a: 0, b: 0 }])).toBeUndefined();
  });

  it('rejects the call it is handed to as `refuse`, before sending', async () => {
    const { api, fetch } = client();
    const refuse = missingAnyOf('items.create()', {}, sets);
    await expect(api.request('post', '/items', { body: { name: 'n' }, refuse })).rejects.toBe(refuse);
    expect(fetch).not.toHaveBeenCalled();
  });
});

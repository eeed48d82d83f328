// The flows: upload sessions end to end, deploy-and-wait, single-file upload, and the documents stream.
import { describe, expect, it, vi } from 'vitest';
import { createDeepsetClient, PollFailedError, PollTimeoutError, UsageError } from '../src/index';
import { fast, QUERY_YAML, useMock } from './use-mock';

const { mock, client, requests } = useMock();

describe('uploadFiles (upload sessions)', () => {
  it('creates a session, posts each file with its fields, closes, and waits for ingestion', async () => {
    const ds = client();
    const progress: number[] = [];
    const result = await ds.uploadFiles(
      [
        { name: 'a.txt', data: 'Alpha text about rivers.', meta: { lang: 'en' } },
        { name: 'b.txt', data: new Blob(['Beta text about mountains.']) },
        { name: 'c.txt', data: new TextEncoder().encode('Gamma text about lakes.') },
      ],
      { ...fast, onProgress: (s) => progress.push(s.ingestion_status.finished_files) },
    );
    expect(result.uploaded.sort()).toEqual(['a.txt', 'b.txt', 'c.txt']);
    expect(result.failedUploads).toEqual([]);
    expect(result.status?.ingestion_status).toEqual({ finished_files: 3, failed_files: 0 });
    expect(progress).toEqual([1, 2, 3]);
    const files = await ds.files.list();
    expect(files.data.map((f) => f.name).sort()).toEqual(['a.txt', 'b.txt', 'c.txt']);
    const a = files.data.find((f) => f.name === 'a.txt');
    expect(a?.meta).toEqual({ lang: 'en' });
    // Storage never sees the API key; the API always does.
    const storage = requests.filter((r) => r.path.startsWith('/__storage/'));
    expect(storage).toHaveLength(4); // three files and one metadata sidecar
    expect(storage.every((r) => r.authorization === null)).toBe(true);
    expect(
      requests
        .filter((r) => r.path.startsWith('/api/'))
        .every((r) => r.authorization === 'Bearer ds_test_key'),
    ).toBe(true);
    const session = mock.store.sessions.get(result.sessionId);
    expect(session?.status).toBe('CLOSED');
  });

  it('follows a 307 from storage and posts the form again', async () => {
    mock.storage.redirects = 1;
    const result = await client().uploadFiles([{ name: 'r.txt', data: 'Redirected text.' }], fast);
    expect(result.uploaded).toEqual(['r.txt']);
    const storage = requests.filter((r) => r.path.startsWith('/__storage/'));
    expect(storage.map((r) => new URL(r.url).search)).toEqual(['', '?hop=1']);
    expect(result.status?.ingestion_status.finished_files).toBe(1);
  });

  it('reports a file storage refuses, and waits only for the files sent', async () => {
    mock.storage.reject.add('huge.pdf');
    const result = await client().uploadFiles(
      [
        { name: 'ok.txt', data: 'Fine.' },
        { name: 'huge.pdf', data: 'too big' },
      ],
      fast,
    );
    expect(result.uploaded).toEqual(['ok.txt']);
    expect(result.failedUploads).toEqual([
      { name: 'huge.pdf', status: 400, error: expect.stringContaining('EntityTooLarge') },
    ]);
    expect(result.status?.ingestion_status).toEqual({ finished_files: 1, failed_files: 0 });
  });

  it('counts a file that fails ingestion as failed, and lists it with its error', async () => {
    const ds = client();
    const result = await ds.uploadFiles(
      [
        { name: 'good.txt', data: 'Some text.' },
        { name: 'empty.txt', data: '   ' },
      ],
      { ...fast, concurrency: 1 },
    );
    expect(result.status?.ingestion_status).toEqual({ finished_files: 1, failed_files: 1 });
    const files = await ds.uploadSessions.listFiles(result.sessionId);
    expect(files.data).toEqual([
      { name: 'good.txt', status: 'FINISHED', file_id: expect.any(String), error: null },
      { name: 'empty.txt', status: 'FAILED', file_id: null, error: 'The file has no text to index.' },
    ]);
  });

  it('keeps at most `concurrency` storage uploads in flight', async () => {
    let inFlight = 0;
    let peak = 0;
    const counting: typeof fetch = async (input, init) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      try {
        await new Promise((r) => setTimeout(r, 5));
        return await fetch(input, init);
      } finally {
        inFlight--;
      }
    };
    const files = Array.from({ length: 7 }, (_, i) => ({ name: `f${i}.txt`, data: `File ${i}.` }));
    const result = await client().uploadFiles(files, { ...fast, concurrency: 2, fetch: counting });
    expect(result.uploaded).toHaveLength(7);
    expect(peak).toBe(2);
  });

  it('can skip the wait, and times out with the last status', async () => {
    const ds = client();
    const skipped = await ds.uploadFiles([{ name: 'a.txt', data: 'A.' }], { wait: false });
    expect(skipped.status).toBeUndefined();
    // Ingestion finishes one file per poll. The wait's clock is faked, so however slow the machine is, the
    // deadline passes only after the first poll has finished one of the three files.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    let polled = () => {};
    const firstPoll = new Promise<void>((resolve) => {
      polled = resolve;
    });
    const pending = ds
      .uploadFiles(
        [
          { name: 'b.txt', data: 'B.' },
          { name: 'c.txt', data: 'C.' },
          { name: 'd.txt', data: 'D.' },
        ],
        { pollInterval: { min: 5000, max: 5000 }, timeout: 1000, onProgress: () => polled() },
      )
      .catch((e: unknown) => e);
    const error = await firstPoll
      .then(() => vi.advanceTimersByTimeAsync(1000))
      .then(() => pending)
      .finally(() => vi.useRealTimers());
    expect(error).toBeInstanceOf(PollTimeoutError);
    expect((error as PollTimeoutError).lastState).toMatchObject({
      ingestion_status: { finished_files: 1, failed_files: 0 },
    });
  });
});

describe('deployPipelineAndWait', () => {
  it('deploys and polls until DEPLOYED', async () => {
    const ds = client();
    await ds.pipelines.create({ name: 'rag', query_yaml: QUERY_YAML });
    const seen: string[] = [];
    const deployed = await ds.deployPipelineAndWait('rag', {
      ...fast,
      onProgress: (p) => seen.push(String(p.status)),
    });
    expect(deployed.status).toBe('DEPLOYED');
    expect(seen).toEqual(['DEPLOYMENT_IN_PROGRESS', 'DEPLOYED']);
  });

  it('waits through several in-progress polls', async () => {
    const ds = client();
    await ds.pipelines.create({ name: 'rag', query_yaml: QUERY_YAML });
    await ds.pipelines.deploy('rag', {});
    const row = mock.store.pipelines.all()[0];
    // With one extra poll to go, two polls answer in progress before the third answers DEPLOYED.
    mock.store.pipelines.update(row?.id as string, { polls: -1 });
    const seen: string[] = [];
    await ds.waitForDeployment('rag', { ...fast, onProgress: (p) => seen.push(String(p.status)) });
    expect(seen).toEqual(['DEPLOYMENT_IN_PROGRESS', 'DEPLOYMENT_IN_PROGRESS', 'DEPLOYED']);
  });

  it('fails when the deployment ends unhealthy', async () => {
    mock.seed.pipeline('broken', { status: 'DEPLOYED_UNHEALTHY' });
    const error = await client()
      .waitForDeployment('broken', fast)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PollFailedError);
    expect((error as Error).message).toContain('DEPLOYED_UNHEALTHY');
  });
});

describe('uploadFile', () => {
  it('sends the file and its metadata as multipart to another workspace', async () => {
    const ds = client();
    const { file_id } = await ds.uploadFile(new Blob(['Body']), {
      filename: 'x.md',
      meta: { a: 1 },
      workspace: 'legal',
    });
    expect(requests.at(-1)?.path).toBe('/api/v1/workspaces/legal/files');
    expect(await ds.files.getMeta(file_id, { workspace_name: 'legal' })).toEqual({ a: 1 });
    expect(mock.store.files.get(file_id)?.name).toBe('x.md');
  });
});

describe('a workspace that would leave its path segment', () => {
  it("is refused with a UsageError naming it, before anything is sent: `workspace: '..'` moves no call", async () => {
    const sent: string[] = [];
    const ds = createDeepsetClient({
      apiKey: 'k_1234',
      workspace: '..',
      fetch: async (input) => {
        sent.push(String(input));
        return Response.json({});
      },
    });
    const error = await ds.files.delete('f_1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(/path parameter `workspace_name`/);
    await expect(
      createDeepsetClient({ apiKey: 'k_1234', workspace: 'ws' }).files.delete('.'),
    ).rejects.toThrow(/path parameter `file_id`/);
    expect(sent).toEqual([]);
  });
});

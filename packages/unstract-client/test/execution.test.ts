import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import {
  ExecutionFailedError,
  NotFoundError,
  PollTimeoutError,
  ResultAcknowledgedError,
  UnprocessableEntityError,
  UsageError,
} from '../src/index';
import { fast, textFile, useMock } from './use-mock';

const { mock, client, requests, server } = useMock();

function deployed(apiName = 'invoices') {
  const { key } = mock.seed.deployment(apiName, { is_active: true });
  return client().deployment(apiName, { apiKey: key.api_key });
}

describe('execute and executeAndWait', () => {
  it('uploads repeated `files` parts with the options and answers a queued run', async () => {
    const run = deployed();
    const { message } = await run.execute([textFile('a.txt', 'alpha\nbeta\n'), textFile('b.txt', 'gamma')], {
      tags: ['march', 'q1'],
      include_metadata: true,
      custom_data: { customer: 'acme' },
    });
    expect(message).toMatchObject({
      execution_status: 'PENDING',
      status_api: `/deployment/api/${mock.orgId}/invoices/?execution_id=${message.execution_id}`,
      result: null,
    });
    const stored = mock.store.executions.get(message.execution_id);
    expect(stored?.documents.map((d) => [d.name, d.size])).toEqual([
      ['a.txt', 11],
      ['b.txt', 5],
    ]);
    expect(stored?.tags).toEqual(['march', 'q1']);
    expect(stored?.custom_data).toBe('{"customer":"acme"}');
    expect(requests.at(-1)).toMatchObject({
      method: 'POST',
      path: `/deployment/api/${mock.orgId}/invoices/`,
      authorization: expect.stringMatching(/^Bearer a2/),
    });
  });

  it("sends each part with the Content-Type the spec's encoding gives it: custom_data as JSON, files as they are", async () => {
    const run = deployed();
    const bodies: Promise<string>[] = [];
    const listener = ({ request }: { request: Request }) => {
      if (request.method === 'POST') bodies.push(request.clone().text());
    };
    server.events.on('request:start', listener);
    try {
      await run.execute(
        [textFile('a.txt', 'alpha'), new File(['%PDF'], 'b.pdf', { type: 'application/pdf' })],
        {
          custom_data: { customer: 'acme' },
        },
      );
    } finally {
      server.events.removeListener('request:start', listener);
    }
    const heads = (await bodies[0]!)
      .split(/--[^\r\n]+\r\n/)
      .map((part) => part.slice(0, part.indexOf('\r\n\r\n')))
      .filter((head) => head.startsWith('Content-Disposition'));
    expect(heads.filter((h) => /name="(files|custom_data)"/.test(h))).toEqual([
      'Content-Disposition: form-data; name="custom_data"\r\nContent-Type: application/json',
      'Content-Disposition: form-data; name="files"; filename="a.txt"\r\nContent-Type: text/plain',
      'Content-Disposition: form-data; name="files"; filename="b.pdf"\r\nContent-Type: application/pdf',
    ]);
  });

  it("the generated executions.execute() refuses neither files nor URLs (the spec's anyOf) before sending", async () => {
    const run = deployed();
    for (const params of [{}, { files: [], presigned_urls: [], timeout: 10 }]) {
      const error = await run.executions.execute('invoices', params).catch((e) => e);
      expect(error).toBeInstanceOf(UsageError);
      expect(error.message).toMatch(
        /executions\.execute\(\) needs at least one of: a non-empty `files`, a non-empty `presigned_urls`/,
      );
    }
    expect(requests).toHaveLength(0);
    await expect(
      run.executions.execute('invoices', { presigned_urls: ['https://b.s3.amazonaws.com/a.pdf'] }),
    ).resolves.toMatchObject({ message: { execution_status: 'PENDING' } });
  });

  it('polls PENDING, EXECUTING (422) to COMPLETED and gives per-file results derived from the files', async () => {
    const run = deployed();
    const seen: string[] = [];
    const done = await run.executeAndWait(
      [textFile('a.txt', 'one\ntwo\nthree'), textFile('b.csv', 'x,y\n1,2\n')],
      { include_extracted_text: true },
      { ...fast, onProgress: (s) => seen.push(String(s.status)) },
    );
    expect(seen).toEqual(['EXECUTING', 'COMPLETED']);
    expect(done.status).toBe('COMPLETED');
    expect(done.results.map((r) => [r.file, r.result?.output])).toEqual([
      ['a.txt', { file_name: 'a.txt', source: 'upload', size_bytes: 13, line_count: 3, word_count: 3 }],
      ['b.csv', { file_name: 'b.csv', source: 'upload', size_bytes: 8, line_count: 2, word_count: 2 }],
    ]);
    expect(done.results[0]?.extracted_text).toBe('one\ntwo\nthree');
    expect(done.results[0]?.metadata?.source_hash).toMatch(/^[0-9a-f]{64}$/);
    const polls = requests.filter((r) => r.method === 'GET');
    expect(polls).toHaveLength(2);
    expect(polls[0]?.search).toContain(`execution_id=${done.executionId}`);
    expect(polls[0]?.search).toContain('include_extracted_text=true');
  });

  it('accepts presigned URLs and checks them before they count', async () => {
    const run = deployed();
    const done = await run.executeAndWait(
      { presignedUrls: ['https://bucket.s3.us-east-1.amazonaws.com/in/report.pdf?X-Amz-Signature=abc'] },
      {},
      fast,
    );
    expect(done.results[0]).toMatchObject({
      file: 'report.pdf',
      result: { output: { source: 'presigned_url', size_bytes: null } },
    });
    await expect(run.execute({ presignedUrls: ['http://example.com/a.pdf'] })).rejects.toMatchObject({
      status: 400,
      body: { errors: [{ attr: 'presigned_urls' }] },
    });
  });

  it('a timeout within 1..300 answers the result at once; the status afterwards is 406', async () => {
    const run = deployed();
    const done = await run.executeAndWait([textFile('a.txt', 'x')], { timeout: 30 }, fast);
    expect(done.results).toHaveLength(1);
    expect(requests.filter((r) => r.method === 'GET')).toHaveLength(0);
    await expect(run.getExecutionStatus(done.executionId)).rejects.toBeInstanceOf(ResultAcknowledgedError);
  });

  it('hands a result out once: a second status read is ResultAcknowledgedError (406)', async () => {
    const run = deployed();
    const done = await run.executeAndWait([textFile('a.txt', 'x')], {}, fast);
    const again = run.getExecutionStatus(done.executionId);
    await expect(again).rejects.toBeInstanceOf(ResultAcknowledgedError);
    await expect(again).rejects.toMatchObject({
      executionId: done.executionId,
      cause: { status: 406, body: { status: 'COMPLETED', message: 'Result already acknowledged' } },
    });
  });

  it('getExecutionStatus reads the status field, not the HTTP code', async () => {
    const run = deployed();
    const { message } = await run.execute([textFile('a.txt', 'x')]);
    expect(mock.store.executions.get(message.execution_id)?.custom_data).toBeNull();
    await expect(run.getExecutionStatus(message.execution_id)).resolves.toEqual({
      status: 'EXECUTING',
      message: null,
    });
    const done = await run.getExecutionStatus(message.execution_id);
    expect(done.status).toBe('COMPLETED');
    expect(done.message).toEqual([expect.objectContaining({ file: 'a.txt', error: null })]);
  });

  it('ERROR ends the wait with ExecutionFailedError carrying the server message', async () => {
    const run = deployed();
    mock.failNextExecution('Tool image not found in registry');
    const failed = run.executeAndWait([textFile('a.txt', 'x')], {}, fast);
    await expect(failed).rejects.toBeInstanceOf(ExecutionFailedError);
    await expect(failed).rejects.toMatchObject({
      executionId: mock.store.executions.all()[0]?.id,
      status: 'ERROR',
      serverMessage: 'Tool image not found in registry',
      state: { status: 'ERROR', message: 'Tool image not found in registry' },
      message: expect.stringContaining('ended ERROR: Tool image not found in registry'),
    });
  });

  it('STOPPED is a failure too', async () => {
    const run = deployed();
    mock.failNextExecution('Stopped by user', 'STOPPED');
    await expect(run.executeAndWait([textFile('a.txt', 'x')], {}, fast)).rejects.toMatchObject({
      name: 'ExecutionFailedError',
      status: 'STOPPED',
    });
  });

  it('a synchronous run that fails (422 on execute) is an ExecutionFailedError, execute alone throws 422', async () => {
    const run = deployed();
    mock.failNextExecution('Workflow failed');
    await expect(run.executeAndWait([textFile('a.txt', 'x')], { timeout: 10 }, fast)).rejects.toMatchObject({
      name: 'ExecutionFailedError',
      serverMessage: 'Workflow failed',
    });
    mock.failNextExecution('Workflow failed again');
    const thrown = run.execute([textFile('a.txt', 'x')], { timeout: 10 });
    await expect(thrown).rejects.toBeInstanceOf(UnprocessableEntityError);
    await expect(thrown).rejects.toMatchObject({
      message: expect.stringContaining('ERROR: Workflow failed again'),
    });
  });

  it('gives up at the deadline with PollTimeoutError and the last status', async () => {
    const run = deployed();
    const spy = keepExecuting();
    try {
      const waiting = run.executeAndWait(
        [textFile('a.txt', 'x')],
        {},
        { timeout: 40, pollInterval: { min: 10, max: 10 } },
      );
      await expect(waiting).rejects.toBeInstanceOf(PollTimeoutError);
      await expect(waiting).rejects.toMatchObject({ lastState: { status: 'EXECUTING' } });
    } finally {
      spy.mockRestore();
    }
  });

  it('stops when aborted', async () => {
    const run = deployed();
    const controller = new AbortController();
    const waiting = run.executeAndWait(
      [textFile('a.txt', 'x')],
      {},
      {
        signal: controller.signal,
        pollInterval: { min: 5000, max: 5000 },
        onProgress: () => setTimeout(() => controller.abort(new Error('user cancelled')), 5),
      },
    );
    const started = Date.now();
    await expect(waiting).rejects.toThrow('user cancelled');
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('unknown executions and inactive deployments answer 404', async () => {
    const run = deployed();
    await expect(run.getExecutionStatus('e1000000-0000-4000-8000-0000000000ff')).rejects.toBeInstanceOf(
      NotFoundError,
    );
    const { key } = mock.seed.deployment('paused', { is_active: false });
    const paused = client().deployment('paused', { apiKey: key.api_key });
    await expect(paused.execute([textFile('a.txt', 'x')])).rejects.toMatchObject({
      status: 404,
      message: expect.stringContaining('API not found.'),
    });
  });

  // Keeps every execution EXECUTING, for the deadline test.
  function keepExecuting() {
    const original = mock.store.executions.update.bind(mock.store.executions);
    return vi
      .spyOn(mock.store.executions, 'update')
      .mockImplementation((id, patch) => original(id, { ...patch, step: 1, acknowledged: false }));
  }
});

describe('checks before sending', () => {
  // The client's limits are written in its code (zod stays out of the main entry); this keeps them the spec's.
  it('uses the limits of the spec', async () => {
    const spec = parse(readFileSync(new URL('../../../specs/unstract.yaml', import.meta.url), 'utf8'));
    const request = spec.components.schemas.ExecuteRequest.properties;
    const name = spec.components.parameters.apiName.schema;
    const run = deployed();
    const file = textFile('a.txt', 'x');
    const max = request.files.maxItems as number;
    expect(request.presigned_urls.maxItems).toBe(max);
    await expect(run.execute(Array.from({ length: max + 1 }, () => file))).rejects.toBeInstanceOf(UsageError);
    for (const timeout of [request.timeout.minimum - 1, request.timeout.maximum + 1]) {
      await expect(run.execute([file], { timeout })).rejects.toBeInstanceOf(UsageError);
    }
    expect(requests).toHaveLength(0);
    for (const timeout of [request.timeout.minimum, request.timeout.maximum]) {
      await expect(run.execute([file], { timeout })).resolves.toBeDefined();
    }
    await expect(run.execute(Array.from({ length: max }, () => file))).resolves.toBeDefined();
    const unstract = client();
    expect(new RegExp(name.pattern).test('ok_name-1')).toBe(true);
    expect(unstract.deployment('ok_name-1', { apiKey: 'k' }).apiName).toBe('ok_name-1');
    // Within the length limit but outside the spec's pattern: the client refuses it before any request.
    expect(new RegExp(name.pattern).test('a.b')).toBe(false);
    expect(() => unstract.deployment('a.b', { apiKey: 'k' })).toThrow(UsageError);
    expect(() => unstract.deployment('x'.repeat(name.maxLength + 1), { apiKey: 'k' })).toThrow(UsageError);
    expect(unstract.deployment('x'.repeat(name.maxLength), { apiKey: 'k' }).apiName).toHaveLength(30);
  });

  it('at most 32 files and URLs, at least one', async () => {
    const run = deployed();
    const files = Array.from({ length: 30 }, (_, i) => textFile(`${i}.txt`, 'x'));
    const urls = ['a', 'b', 'c'].map((n) => `https://b.s3.amazonaws.com/${n}.pdf`);
    const tooMany = run.execute({ files, presignedUrls: urls });
    await expect(tooMany).rejects.toBeInstanceOf(UsageError);
    await expect(tooMany).rejects.toThrow('at most 32 files and presigned URLs in all; got 33');
    // None at all is the spec's anyOf, refused by the generated call the hand-written one sends through.
    for (const none of [[], {}, { files: [], presignedUrls: [] }]) {
      const error = await run.execute(none).catch((e) => e);
      expect(error).toBeInstanceOf(UsageError);
      expect(error.message).toBe(
        '[@org/sdk-core] executions.execute() needs at least one of: a non-empty `files`, a non-empty `presigned_urls`.',
      );
    }
    expect(requests).toHaveLength(0);
    await expect(run.execute({ files: files.slice(0, 29), presignedUrls: urls })).resolves.toBeDefined();
  });

  it('timeout within -1..300', async () => {
    const run = deployed();
    for (const timeout of [-2, 301, 1.5]) {
      await expect(run.execute([textFile('a.txt', 'x')], { timeout })).rejects.toThrow(
        /timeout must be an integer number of seconds within -1\.\.300/,
      );
    }
    expect(requests).toHaveLength(0);
  });

  it('api_name pattern, and a deployment key', () => {
    const unstract = client();
    expect(() => unstract.deployment('bad name', { apiKey: 'k' })).toThrow(UsageError);
    expect(() => unstract.deployment('a/b', { apiKey: 'k' })).toThrow(/1 to 30 letters, digits, '-' or '_'/);
    expect(() => unstract.deployment('ok_name-1', { apiKey: '' })).toThrow(
      /needs the deployment's own apiKey/,
    );
    expect(unstract.deployment('ok_name-1', { apiKey: 'k' }).apiName).toBe('ok_name-1');
  });
});

describe('the organization concurrency limit', () => {
  it('answers 429 over the limit; the client backs off and sends again once a run finishes', async () => {
    const run = deployed();
    // Fill the limit with runs that stay in progress.
    for (let i = 0; i < 20; i++) await run.execute([textFile(`${i}.txt`, 'x')]);
    const over = run.execute([textFile('over.txt', 'x')], {}, { maxRetries: 0 });
    await expect(over).rejects.toMatchObject({
      status: 429,
      body: { type: 'client_error', errors: [{ code: 'error', attr: null }] },
      message: expect.stringContaining(
        'maximum concurrent API requests limit (20/20). Please try again later.',
      ),
    });
    server.events.on('request:end', function finishOne({ request }) {
      if (request.method !== 'POST') return;
      server.events.removeListener('request:end', finishOne);
      const first = mock.store.executions.all()[0];
      if (first) mock.store.executions.update(first.id, { step: 2 });
    });
    await expect(run.execute([textFile('later.txt', 'x')])).resolves.toMatchObject({
      message: { execution_status: 'PENDING' },
    });
    expect(requests.filter((r) => r.method === 'POST').length).toBe(20 + 1 + 2);
  });
});

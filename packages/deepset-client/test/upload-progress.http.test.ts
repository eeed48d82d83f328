// onUploadProgress through uploadFiles over real HTTP: deepset's mock (API and presigned storage) served on
// 127.0.0.1. Each file's reports are named by `file`; storage's 307 sends the first file again, from
// { loaded: 0, attempt: 2 }.
import { describe, expect, it } from 'vitest';
import { useServed } from '../../core/test/support/test-server';
import { checkProgress } from '../../core/test/support/upload-progress';
import { createDeepsetClient, type FileUploadProgress } from '../src/index';
import { createDeepsetMock } from '../src/msw/index';

const serve = useServed();

describe('onUploadProgress on 127.0.0.1', () => {
  it("reports each file's bytes to storage under its name, restarting after a 307", async () => {
    let mock: ReturnType<typeof createDeepsetMock> | undefined;
    const served = await serve((origin) => {
      mock = createDeepsetMock({ baseUrl: origin });
      return mock.handlers;
    });
    mock!.storage.redirects = 1;
    const deepset = createDeepsetClient({
      apiKey: 'k',
      workspace: 'default',
      baseUrl: served.url,
      logLevel: 'off',
    });
    const big = 'deepset ingests this line.\n'.repeat(20_000);
    const events: FileUploadProgress[] = [];
    const result = await deepset.uploadFiles(
      [
        { name: 'big.txt', data: big },
        { name: 'small.txt', data: 'A small file.' },
      ],
      // One at a time, so the redirect meets big.txt.
      { concurrency: 1, pollInterval: { min: 5, max: 5 }, onUploadProgress: (p) => events.push(p) },
    );
    expect(result.failedUploads).toEqual([]);
    expect(result.uploaded).toEqual(['big.txt', 'small.txt']);
    expect(new Set(events.map((e) => e.file))).toEqual(new Set(['big.txt', 'small.txt']));
    const of = (file: string) => events.filter((e) => e.file === file).map(({ file: _, ...p }) => p);
    // The form (fields, part headers, the file) is what is counted: its total is known and exceeds the file.
    const bigTotal = of('big.txt')[0]!.total!;
    expect(bigTotal).toBeGreaterThan(big.length);
    const [, retried] = checkProgress(of('big.txt'), bigTotal, 2);
    expect(retried![0]).toEqual({ loaded: 0, total: bigTotal, attempt: 2 });
    checkProgress(of('small.txt'), of('small.txt')[0]!.total!, 1);
  });
});

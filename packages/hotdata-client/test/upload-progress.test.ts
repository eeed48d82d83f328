// onUploadProgress through Hotdata's upload flows, uploadFile and createDatasetFromFile, against the msw
// mock in-process; upload-progress.http.test.ts runs the same mock on 127.0.0.1.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { checkProgress } from '../../core/test/support/upload-progress';
import type { UploadProgress } from '../src/index';
import { useMock } from './use-mock';

const { client, mock } = useMock();
const MiB = 1024 * 1024;
const csv = (rows: number) =>
  `id,name\n${Array.from({ length: rows }, (_, i) => `${i},row${i}`).join('\n')}\n`;

describe('onUploadProgress against msw', () => {
  it('uploadFile reports a File and a Node stream up to their size exactly once', async () => {
    const text = csv(200_000);
    const size = new TextEncoder().encode(text).length;
    expect(size).toBeGreaterThan(2 * MiB);
    const fromFile: UploadProgress[] = [];
    await client().uploadFile(new File([text], 'a.csv', { type: 'text/csv' }), {
      onUploadProgress: (p) => fromFile.push(p),
    });
    const [run] = checkProgress(fromFile, size);
    expect(run!.every((p) => p.total === size)).toBe(true);
    const fromStream: UploadProgress[] = [];
    await client().uploadFile(
      Readable.from([Buffer.from(text.slice(0, 1000)), Buffer.from(text.slice(1000))]),
      {
        contentType: 'text/csv',
        onUploadProgress: (p) => fromStream.push(p),
      },
    );
    checkProgress(fromStream, size);
    expect(mock.store.uploads.all().map((u) => u.size_bytes)).toEqual([size, size]);
  });

  it('createDatasetFromFile passes it to the upload', async () => {
    const text = csv(1000);
    const events: UploadProgress[] = [];
    await client().createDatasetFromFile(new File([text], 'team.csv', { type: 'text/csv' }), {
      onUploadProgress: (p) => events.push(p),
      wait: { pollInterval: { min: 5, max: 5 } },
    });
    checkProgress(events, text.length);
  });
});

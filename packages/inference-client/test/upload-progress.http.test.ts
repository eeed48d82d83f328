// onUploadProgress through importPersonas over real HTTP: the inference mock served on 127.0.0.1. The
// persona files go as one multipart form, counted whole up to its size exactly once; the confirmation that
// follows (a small JSON body) reports nothing, so the count never starts over.
import { describe, expect, it } from 'vitest';
import { useServed } from '../../core/test/support/test-server';
import { checkProgress } from '../../core/test/support/upload-progress';
import { createInferenceClient, type UploadProgress } from '../src/index';
import { createInferenceMock } from '../src/msw/index';

const serve = useServed();

describe('onUploadProgress on 127.0.0.1', () => {
  it("importPersonas reports the upload's bytes, once up to its size", async () => {
    let mock: ReturnType<typeof createInferenceMock> | undefined;
    const served = await serve((origin) => {
      mock = createInferenceMock({ baseUrl: origin });
      return mock.handlers;
    });
    const neo = createInferenceClient({ apiKey: 'k', baseUrl: served.url, logLevel: 'off' });
    const rows = Array.from({ length: 3000 }, (_, i) => `Persona ${i},1990-01-01,notes for persona ${i}`);
    const csv = `name,birthdate,notes\n${rows.join('\n')}\n`;
    const events: UploadProgress[] = [];
    const { confirmation } = await neo.importPersonas(
      [new File([csv], 'personas.csv', { type: 'text/csv' })],
      {
        conflictResolution: 'create',
        onUploadProgress: (p) => events.push(p),
      },
    );
    expect(confirmation).toMatchObject({ total_uploaded: 3000 });
    expect(mock!.store.personas.all()).toHaveLength(3000);
    const total = events[0]!.total!;
    expect(total).toBeGreaterThan(csv.length);
    checkProgress(events, total, 1);
  });
});

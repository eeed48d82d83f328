// Persona uploads over a real socket: streamed multipart parts from Node Readables, then the confirmation.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { useServed } from '../../core/test/support/test-server';
import { createInferenceClient } from '../src/index';
import { createInferenceMock } from '../src/msw/index';

const serve = useServed();

describe('uploads over real HTTP', () => {
  it('streams files from Node Readables as multipart parts, one per file, and confirms', async () => {
    let local: ReturnType<typeof createInferenceMock> | undefined;
    const served = await serve((url) => {
      local = createInferenceMock({ baseUrl: url });
      return local.handlers;
    });
    const neo = createInferenceClient({ apiKey: 'k', baseUrl: served.url, logLevel: 'off' });
    const result = await neo.importPersonas(
      [
        {
          data: Readable.from([
            Buffer.from('[{"name":"Caio","birthdate":"1970-01-01",'),
            Buffer.from('"notes":"n"}]'),
          ]),
          filename: 'a.json',
          contentType: 'application/json',
        },
        new Blob(['name,birthdate,notes\nDani,1999-09-09,m\n'], { type: 'text/csv' }),
      ],
      { conflictResolution: 'create' },
    );
    expect(result.confirmation).toMatchObject({ total_uploaded: 2 });
    expect(local!.store.personas.all().map((p) => p.name)).toEqual(['Caio', 'Dani']);
  });
});

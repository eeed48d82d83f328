import { createDeepsetMock } from '@org/deepset-client/msw';
import { createHotdataMock, sampleWarehouse } from '@org/hotdata-client/msw';
import { createInferenceMock } from '@org/inference-client/msw';
import { createLlamaCloudMock } from '@org/llamacloud-client/msw';
import { createUnstractMock } from '@org/unstract-client/msw';
import type { RequestHandler } from 'msw';

/** A vendor mock as the server needs it: handlers that answer under `baseUrl`, and its store to reset. */
export interface ServedMock {
  handlers: RequestHandler[];
  store: { reset(): void };
}

/** The vendors the server can serve, each built for the server's own base URL. */
export const vendors: Record<string, (baseUrl: string) => ServedMock> = {
  deepset: (baseUrl) => createDeepsetMock({ baseUrl }) as unknown as ServedMock,
  hotdata: (baseUrl) =>
    createHotdataMock({ baseUrl, discover: () => sampleWarehouse }) as unknown as ServedMock,
  inference: (baseUrl) => createInferenceMock({ baseUrl }) as unknown as ServedMock,
  llamacloud: (baseUrl) => createLlamaCloudMock({ baseUrl }) as unknown as ServedMock,
  unstract: (baseUrl) => createUnstractMock({ baseUrl }) as unknown as ServedMock,
};

import { createDeepsetMock } from '@org/deepset-client/msw';
import { createHotdataMock, sampleWarehouse } from '@org/hotdata-client/msw';
import { createInferenceMock } from '@org/inference-client/msw';
import { createLlamaCloudMock } from '@org/llamacloud-client/msw';
import { createUnstractMock } from '@org/unstract-client/msw';
import type { RequestHandler } from 'msw';

/**
 * A vendor mock as the server needs it: handlers that answer under `baseUrl`, its store to reset, and its
 * seeding helpers and fault scenarios for the admin route.
 */
export interface ServedMock {
  handlers: RequestHandler[];
  store: { reset(): void };
  /** The mock's full reset (store and any side state), where it has one beyond `store.reset()`. */
  reset?(): void;
  seed?: Record<string, unknown> | undefined;
  scenarios?: Record<string, unknown> | undefined;
}

/** Options passed through to the vendor's mock factory (`{ queryPolls: 3 }` for Hotdata's). */
export type MockOptions = Record<string, unknown>;

/** The vendors the server can serve, each built for the server's own base URL with the caller's options. */
export const vendors: Record<string, (baseUrl: string, options?: MockOptions) => ServedMock> = {
  deepset: (baseUrl, options) => createDeepsetMock({ ...options, baseUrl }) as unknown as ServedMock,
  hotdata: (baseUrl, options) =>
    createHotdataMock({ discover: () => sampleWarehouse, ...options, baseUrl }) as unknown as ServedMock,
  inference: (baseUrl, options) => createInferenceMock({ ...options, baseUrl }) as unknown as ServedMock,
  llamacloud: (baseUrl, options) => createLlamaCloudMock({ ...options, baseUrl }) as unknown as ServedMock,
  unstract: (baseUrl, options) => createUnstractMock({ ...options, baseUrl }) as unknown as ServedMock,
};

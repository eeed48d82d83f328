import type { VendorMock } from '@org/sdk-core/msw';
import { createDeepsetMock } from '@org/deepset-client/msw';
import { createHotdataMock, sampleWarehouse } from '@org/hotdata-client/msw';
import { createInferenceMock } from '@org/inference-client/msw';
import { createLlamaCloudMock } from '@org/llamacloud-client/msw';
import { createUnstractMock } from '@org/unstract-client/msw';

/**
 * A vendor mock as the server needs it: core's `VendorMock` (handlers under `baseUrl`, `reset()`, the
 * store, its seeding helpers and fault scenarios for the admin route), which every vendor's mock is.
 */
export type ServedMock = VendorMock;

/** Options passed through to the vendor's mock factory (`{ queryPolls: 3 }` for Hotdata's). */
export type MockOptions = Record<string, unknown>;

/** The vendors the server can serve, each built for the server's own base URL with the caller's options. */
export const vendors: Record<string, (baseUrl: string, options?: MockOptions) => ServedMock> = {
  deepset: (baseUrl, options) => createDeepsetMock({ ...options, baseUrl }),
  hotdata: (baseUrl, options) => createHotdataMock({ discover: () => sampleWarehouse, ...options, baseUrl }),
  inference: (baseUrl, options) => createInferenceMock({ ...options, baseUrl }),
  llamacloud: (baseUrl, options) => createLlamaCloudMock({ ...options, baseUrl }),
  unstract: (baseUrl, options) => createUnstractMock({ ...options, baseUrl }),
};

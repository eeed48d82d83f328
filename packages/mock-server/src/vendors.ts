import { createLlamaCloudMock } from '@org/llamacloud-client/msw';
import type { RequestHandler } from 'msw';

/** A vendor mock as the server needs it: handlers that answer under `baseUrl`, and its store to reset. */
export interface ServedMock {
  handlers: RequestHandler[];
  store: { reset(): void };
}

/** The vendors the server can serve, each built for the server's own base URL. */
export const vendors: Record<string, (baseUrl: string) => ServedMock> = {
  llamacloud: (baseUrl) => createLlamaCloudMock({ baseUrl }) as unknown as ServedMock,
};

// What the type matrix checks beyond compiling: every client's main, ./msw and ./validate entries resolve,
// and typed results are really typed (not `any`, which is what a broken .d.ts silently gives with
// skipLibCheck). No top-level await, so the same file also compiles as CommonJS.
import { createDeepsetClient, NotFoundError as DeepsetNotFound } from '@org/deepset-client';
import { createDeepsetMock } from '@org/deepset-client/msw';
import { createHotdataClient, RateLimitError } from '@org/hotdata-client';
import { createHotdataMock } from '@org/hotdata-client/msw';
import { createInferenceClient } from '@org/inference-client';
import { createInferenceMock } from '@org/inference-client/msw';
import { createLlamaCloudClient, type LlamaCloudClient } from '@org/llamacloud-client';
import { createLlamaCloudMock } from '@org/llamacloud-client/msw';
import { startMockServer } from '@org/mock-server';
import { ApiError } from '@org/sdk-core';
import { createUnstractClient } from '@org/unstract-client';
import { createUnstractMock } from '@org/unstract-client/msw';

/** `true` only when T is `any`. */
type IsAny<T> = 0 extends 1 & T ? true : false;
/** Compiles only when T is not `any`. */
export function notAny<T>(_value: T, ok: IsAny<T> extends true ? never : true): void {
  void ok;
}

export async function usage(llama: LlamaCloudClient): Promise<void> {
  const pipeline = await llama.pipelines.create({ name: 'docs' });
  notAny(pipeline, true);
  const id: string = pipeline.id;

  const raw = await llama.raw.GET('/api/v1/pipelines/{pipeline_id}', {
    params: { path: { pipeline_id: id } },
  });
  notAny(raw.data, true);
  if (raw.data) {
    const name: string = raw.data.name;
    void name;
  }

  for await (const file of llama.pipelineFiles.list(id, { limit: 100 })) notAny(file, true);

  const neo = createInferenceClient({ apiKey: 'k', baseUrl: 'http://127.0.0.1:1' });
  for await (const chunk of neo.chats.complete({
    model: 'm',
    messages: [{ role: 'user', content: 'hi' }],
    stream: true,
  })) {
    notAny(chunk, true);
  }

  try {
    await createHotdataClient({ apiKey: 'k' }).connections.list();
  } catch (err) {
    if (err instanceof RateLimitError) notAny(err.retryAfter, true);
    if (err instanceof DeepsetNotFound || err instanceof ApiError) notAny(err.status, true);
  }
  createDeepsetClient({ apiKey: 'k' });
  createUnstractClient({ apiKey: 'k', baseUrl: 'http://127.0.0.1:1' });

  const mocks = [
    createDeepsetMock(),
    createHotdataMock(),
    createInferenceMock(),
    createLlamaCloudMock(),
    createUnstractMock(),
  ];
  notAny(mocks, true);
  const server = await startMockServer('llamacloud');
  await server.close();
}

export const check = { createLlamaCloudClient };

/**
 * Under `exactOptionalPropertyTypes` every option still takes an explicit `undefined`, which means its
 * default (the clients' explicit-undefined tests check the behaviour).
 */
export function everyOptionUnset(): void {
  const unset = {
    apiKey: undefined,
    baseUrl: undefined,
    authHeader: undefined,
    credentialHeaders: undefined,
    headers: undefined,
    fetch: undefined,
    maxRetries: undefined,
    timeout: undefined,
    retry: {
      initialDelay: undefined,
      maxDelay: undefined,
      maxRetryAfter: undefined,
      retryStatuses: undefined,
    },
    logger: undefined,
    logLevel: undefined,
    errorMessage: undefined,
    errorRequestId: undefined,
    requestIdHeaders: undefined,
    idempotencyHeader: undefined,
    querySerializer: undefined,
    validateResponses: undefined,
  };
  createDeepsetClient({ ...unset, workspace: undefined });
  createHotdataClient({ ...unset, workspaceId: undefined });
  createInferenceClient({ ...unset, environment: undefined });
  createLlamaCloudClient({ ...unset, environment: undefined, projectId: undefined });
  createUnstractClient({ ...unset, orgId: undefined });
}

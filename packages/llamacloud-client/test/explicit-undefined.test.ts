// Every option of the client set to `undefined` means its default, as the types say
// (exactOptionalPropertyTypes): the same requests at the same times, the same error, the same log lines.
import { afterEach, beforeEach, describe, vi } from 'vitest';
import {
  CORE_OPTION_KEYS,
  explicitUndefinedMeansDefault,
  optionKeys,
} from '../../core/test/support/explicit-undefined';
import { createLlamaCloudClient, type LlamaCloudClientOptions } from '../src/index';

beforeEach(() => {
  vi.stubEnv('LLAMA_CLOUD_API_KEY', 'key-from-env');
  vi.stubEnv('LLAMA_CLOUD_BASE_URL', '');
});
afterEach(() => vi.unstubAllEnvs());

describe('an option set to undefined', () => {
  const keys = optionKeys<LlamaCloudClientOptions>()([...CORE_OPTION_KEYS, 'environment', 'projectId']);
  explicitUndefinedMeansDefault<LlamaCloudClientOptions>(keys, (options) =>
    createLlamaCloudClient(options).pipelines.list(),
  );
});

// Every option of the client set to `undefined` means its default, as the types say
// (exactOptionalPropertyTypes): the same requests at the same times, the same error, the same log lines.
import { afterEach, beforeEach, describe, vi } from 'vitest';
import {
  CORE_OPTION_KEYS,
  explicitUndefinedMeansDefault,
  optionKeys,
} from '../../core/test/support/explicit-undefined';
import { createDeepsetClient, type DeepsetClientOptions } from '../src/index';

beforeEach(() => {
  vi.stubEnv('DEEPSET_API_KEY', 'key-from-env');
  vi.stubEnv('DEEPSET_API_URL', '');
  vi.stubEnv('DEEPSET_WORKSPACE', 'default');
});
afterEach(() => vi.unstubAllEnvs());

describe('an option set to undefined', () => {
  const keys = optionKeys<DeepsetClientOptions>()([...CORE_OPTION_KEYS, 'workspace']);
  explicitUndefinedMeansDefault<DeepsetClientOptions>(keys, (options) =>
    createDeepsetClient(options).pipelines.list(),
  );
});

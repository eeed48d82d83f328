// Every option of the client set to `undefined` means its default, as the types say
// (exactOptionalPropertyTypes): the same requests at the same times, the same error, the same log lines.
import { afterEach, beforeEach, describe, vi } from 'vitest';
import {
  CORE_OPTION_KEYS,
  explicitUndefinedMeansDefault,
  optionKeys,
} from '../../core/test/support/explicit-undefined';
import { createInferenceClient, type InferenceClientOptions } from '../src/index';

beforeEach(() => {
  vi.stubEnv('NEOSPACE_API_KEY', 'key-from-env');
  vi.stubEnv('NEOSPACE_BASE_URL', '');
});
afterEach(() => vi.unstubAllEnvs());

describe('an option set to undefined', () => {
  const keys = optionKeys<InferenceClientOptions>()([...CORE_OPTION_KEYS, 'environment']);
  explicitUndefinedMeansDefault<InferenceClientOptions>(keys, (options) =>
    createInferenceClient(options).models.list(),
  );
});

// Every option of the client set to `undefined` means its default, as the types say
// (exactOptionalPropertyTypes): the same requests at the same times, the same error, the same log lines.
import { afterEach, beforeEach, describe, vi } from 'vitest';
import {
  CORE_OPTION_KEYS,
  explicitUndefinedMeansDefault,
  optionKeys,
} from '../../core/test/support/explicit-undefined';
import { createHotdataClient, type HotdataClientOptions } from '../src/index';

beforeEach(() => {
  vi.stubEnv('HOTDATA_API_KEY', 'key-from-env');
  vi.stubEnv('HOTDATA_API_URL', '');
  vi.stubEnv('HOTDATA_WORKSPACE_ID', 'ws_env');
});
afterEach(() => vi.unstubAllEnvs());

describe('an option set to undefined', () => {
  const keys = optionKeys<HotdataClientOptions>()([...CORE_OPTION_KEYS, 'workspaceId']);
  explicitUndefinedMeansDefault<HotdataClientOptions>(keys, (options) =>
    createHotdataClient(options).datasets.list(),
  );
});

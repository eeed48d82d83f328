// Every option of the client set to `undefined` means its default, as the types say
// (exactOptionalPropertyTypes): the same requests at the same times, the same error, the same log lines.
import { afterEach, beforeEach, describe, vi } from 'vitest';
import {
  CORE_OPTION_KEYS,
  explicitUndefinedMeansDefault,
  optionKeys,
} from '../../core/test/support/explicit-undefined';
import { createUnstractClient, type UnstractClientOptions } from '../src/index';

beforeEach(() => {
  vi.stubEnv('UNSTRACT_API_KEY', 'key-from-env');
  vi.stubEnv('UNSTRACT_API_URL', '');
  vi.stubEnv('UNSTRACT_ORG_ID', 'org_env');
});
afterEach(() => vi.unstubAllEnvs());

describe('an option set to undefined', () => {
  const keys = optionKeys<UnstractClientOptions>()([...CORE_OPTION_KEYS, 'orgId']);
  explicitUndefinedMeansDefault<UnstractClientOptions>(keys, (options) =>
    createUnstractClient(options).deployments.list(),
  );
});

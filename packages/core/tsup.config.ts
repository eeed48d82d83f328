import { libraryConfig } from '../../tsup.base';

// One copy of the error classes in the CommonJS build as in the ESM one, so `instanceof` holds across
// the main, internal, msw and validate entries.
export default libraryConfig(
  {
    index: 'src/index.ts',
    'internal/index': 'src/internal/index.ts',
    'msw/index': 'src/msw/index.ts',
    'msw-node/index': 'src/msw-node/index.ts',
    'validate/index': 'src/validate/index.ts',
    'otel/index': 'src/otel/index.ts',
  },
  { splitting: true },
);

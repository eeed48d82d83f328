import { libraryConfig } from '../../tsup.base';

export default libraryConfig({
  index: 'src/index.ts',
  'msw/index': 'src/msw/index.ts',
  'msw-node/index': 'src/msw-node/index.ts',
  'validate/index': 'src/validate/index.ts',
  'otel/index': 'src/otel/index.ts',
});

import { libraryConfig } from '../../tsup.base';

export default libraryConfig({
  index: 'src/index.ts',
  'msw/index': 'src/msw/index.ts',
  'validate/index': 'src/validate/index.ts',
});

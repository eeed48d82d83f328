import { libraryConfig } from '../../tsup.base';

export default libraryConfig({ index: 'src/index.ts', cli: 'src/cli.ts' });

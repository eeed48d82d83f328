import { describe, expectTypeOf, it } from 'vitest';
import {
  createUnstractClient,
  type ExecutionResult,
  type ExecutionStatusResponse,
  type FileResult,
} from '../src/index';

const unstract = createUnstractClient({ apiKey: 'k', orgId: 'org' });
const invoices = unstract.deployment('invoices', { apiKey: 'k' });

describe('types', () => {
  it('executeAndWait resolves with typed per-file results', () => {
    expectTypeOf(invoices.executeAndWait([new File([], 'a.pdf')])).resolves.toEqualTypeOf<ExecutionResult>();
    expectTypeOf<ExecutionResult['results'][number]>().toEqualTypeOf<FileResult>();
    expectTypeOf<FileResult['file']>().toEqualTypeOf<string>();
    expectTypeOf(invoices.getExecutionStatus('id')).resolves.toEqualTypeOf<ExecutionStatusResponse>();
  });

  it('checks the execute fields and the create body', () => {
    // @ts-expect-error timeout is a number of seconds
    void invoices.execute([new File([], 'a.pdf')], { timeout: '10' });
    // @ts-expect-error api_name is required
    void unstract.deployments.create({ workflow: 'w' });
    expectTypeOf(unstract.deployments.list)
      .parameter(0)
      .toMatchTypeOf<
        { page?: number | undefined; page_size?: number | undefined; org_id?: string | undefined } | undefined
      >();
  });
});

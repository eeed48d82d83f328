import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../src/index';
import { useMock } from './use-mock';

const { mock, client, requests } = useMock();

function seedMany(n: number) {
  for (let i = 1; i <= n; i++) {
    // Run times count up, so the API's order (last run first) is the reverse of creation.
    mock.seed.deployment(`api_${String(i).padStart(3, '0')}`, {
      last_run_time: `2026-01-01T00:${String(Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}Z`,
    });
  }
}

describe('DRF page-number pagination', () => {
  it('one page answers {count, next, previous, results} with absolute URLs', async () => {
    seedMany(5);
    const page = await client().deployments.list({ page: 2, page_size: 2 });
    expect(page.count).toBe(5);
    expect(page.results.map((d) => d.api_name)).toEqual(['api_003', 'api_002']);
    expect(page.next).toBe(
      `${mock.baseUrl}/api/v1/unstract/${mock.orgId}/api/deployment/?page=3&page_size=2`,
    );
    expect(page.previous).toBe(
      `${mock.baseUrl}/api/v1/unstract/${mock.orgId}/api/deployment/?page=1&page_size=2`,
    );
  });

  it('for await walks every page, most recently run first', async () => {
    seedMany(7);
    const names: string[] = [];
    for await (const d of client().deployments.list({ page_size: 3 })) names.push(d.api_name);
    expect(names).toEqual(['api_007', 'api_006', 'api_005', 'api_004', 'api_003', 'api_002', 'api_001']);
    expect(requests.map((r) => new URLSearchParams(r.search).get('page') ?? '1')).toEqual(['1', '2', '3']);
  });

  it('page_size defaults to 50 and is cut to 1000', async () => {
    seedMany(60);
    const first = await client().deployments.list();
    expect(first.results).toHaveLength(50);
    const all = await client().deployments.list({ page_size: 1000 });
    expect(all.results).toHaveLength(60);
    expect(all.next).toBeNull();
    const sizes: number[] = [];
    for await (const page of client().deployments.list().pages()) sizes.push(page.results.length);
    expect(sizes).toEqual([50, 10]);
  });

  it('filters by workflow, search and api_name', async () => {
    seedMany(3);
    const other = mock.seed.workflow('Receipts');
    mock.seed.deployment('receipts', { workflow: other.id, display_name: 'Receipts API' });
    const unstract = client();
    expect((await unstract.deployments.list({ workflow: other.id })).results.map((d) => d.api_name)).toEqual([
      'receipts',
    ]);
    expect((await unstract.deployments.list({ search: 'receipts api' })).count).toBe(1);
    expect((await unstract.deployments.list({ api_name: 'api_002' })).results[0]?.api_name).toBe('api_002');
  });

  it('a page past the last answers 404 "Invalid page."', async () => {
    seedMany(2);
    const past = client().deployments.list({ page: 3, page_size: 1 });
    await expect(past).rejects.toBeInstanceOf(NotFoundError);
    await expect(past).rejects.toMatchObject({ message: expect.stringContaining('Invalid page.') });
  });
});

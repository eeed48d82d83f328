import type { MockRemoteTable } from './context';

const c = (name: string, data_type: string, nullable = false) => ({ name, data_type, nullable });

/**
 * A small fictional shop database (12 tables in `public` and `analytics`, rows in two of them), for demos
 * and tests that need a connection to discover something: `createHotdataMock({ discover: () => sampleWarehouse })`.
 */
export const sampleWarehouse: MockRemoteTable[] = [
  {
    schema: 'public',
    table: 'customers',
    columns: [c('id', 'Int64'), c('name', 'Utf8'), c('country', 'Utf8'), c('vip', 'Boolean', true)],
    rows: [
      [1, 'Ada', 'GB', true],
      [2, 'Grace', 'US', false],
      [3, 'Linus', 'FI', null],
      [4, 'Margaret', 'US', true],
      [5, 'Tim', 'GB', false],
    ],
  },
  {
    schema: 'public',
    table: 'orders',
    columns: [c('id', 'Int64'), c('customer_id', 'Int64'), c('total', 'Float64'), c('ordered_on', 'Date32')],
    rows: [
      [101, 1, 42.5, '2026-01-03'],
      [102, 2, 19.99, '2026-01-04'],
      [103, 1, 7.25, '2026-01-09'],
      [104, 4, 120, '2026-02-11'],
    ],
  },
  {
    schema: 'public',
    table: 'products',
    columns: [c('id', 'Int64'), c('title', 'Utf8'), c('price', 'Float64')],
  },
  {
    schema: 'public',
    table: 'order_items',
    columns: [c('order_id', 'Int64'), c('product_id', 'Int64'), c('quantity', 'Int32')],
  },
  {
    schema: 'public',
    table: 'payments',
    columns: [c('id', 'Int64'), c('order_id', 'Int64'), c('method', 'Utf8')],
  },
  {
    schema: 'public',
    table: 'shipments',
    columns: [c('id', 'Int64'), c('order_id', 'Int64'), c('carrier', 'Utf8', true)],
  },
  {
    schema: 'public',
    table: 'reviews',
    columns: [c('id', 'Int64'), c('product_id', 'Int64'), c('stars', 'Int32')],
  },
  { schema: 'public', table: 'inventory', columns: [c('product_id', 'Int64'), c('on_hand', 'Int32')] },
  { schema: 'analytics', table: 'daily_revenue', columns: [c('day', 'Date32'), c('revenue', 'Float64')] },
  { schema: 'analytics', table: 'customer_ltv', columns: [c('customer_id', 'Int64'), c('ltv', 'Float64')] },
  {
    schema: 'analytics',
    table: 'funnel_events',
    columns: [c('session_id', 'Utf8'), c('step', 'Utf8'), c('at', 'Timestamp(Microsecond, None)')],
  },
  { schema: 'analytics', table: 'cohorts', columns: [c('cohort', 'Utf8'), c('size', 'Int64')] },
];

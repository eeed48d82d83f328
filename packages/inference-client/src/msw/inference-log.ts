/**
 * The inference log as the mock keeps it: every completion the mock answers is logged, and the list and
 * summary are read from those entries, so a test sees the calls it made.
 */
import { byQuery } from '@org/sdk-core/msw';
import type { components } from '../generated/schema';

type Log = components['schemas']['InferenceLog'];

const byFields = byQuery({
  user: 'user',
  model: 'model',
  status: 'status',
  type: 'type',
  correlation_id: 'correlation_id',
  tag: { field: 'tags', match: 'has' },
});

/** The logs a list or summary request selects: by time range and by its equality filters (`tag`: one of the tags). */
export function selectLogs(
  logs: readonly Log[],
  query: URLSearchParams,
  range: { startAt?: number | undefined; endAt?: number | undefined },
): Log[] {
  return logs.filter((l) => {
    const at = Date.parse(String(l.created_at));
    return (
      (range.startAt === undefined || at >= range.startAt) &&
      (range.endAt === undefined || at <= range.endAt) &&
      byFields(l, query)
    );
  });
}

/** The summary of the selected logs: calls, success rate, mean latency, token totals, per-model usage. */
export function summarizeLogs(logs: readonly Log[], start: string | null, end: string | null) {
  const sum = (pick: (l: Log) => number | undefined) => logs.reduce((n, l) => n + (pick(l) ?? 0), 0);
  type Usage = { calls: number; input_tokens: number; output_tokens: number; total_tokens: number };
  const model_usage: Record<string, Usage> = {};
  for (const l of logs) {
    const usage = (model_usage[String(l.model)] ??= {
      calls: 0,
      input_tokens: 0,
      output_tokens: 0,
      total_tokens: 0,
    });
    usage.calls++;
    usage.input_tokens += l.input_tokens ?? 0;
    usage.output_tokens += l.output_tokens ?? 0;
    usage.total_tokens += l.total_tokens ?? 0;
  }
  return {
    total_calls: logs.length,
    success_rate: logs.length ? logs.filter((l) => l.status === 'success').length / logs.length : 0,
    avg_latency_ms: logs.length ? sum((l) => l.latency_ms) / logs.length : 0,
    input_tokens: sum((l) => l.input_tokens),
    output_tokens: sum((l) => l.output_tokens),
    total_tokens: sum((l) => l.total_tokens),
    model_usage,
    period_start_date: start ?? logs[0]?.created_at ?? '',
    period_end_date: end ?? logs.at(-1)?.created_at ?? '',
  };
}

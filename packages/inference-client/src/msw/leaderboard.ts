/**
 * The leaderboard as the mock computes it: checkpoints ranked by the scores their evaluations recorded
 * (seed them with `mock.seed.evaluationResult`). Nothing is scored by the mock itself.
 */
import type { JsonAnswer } from '@org/sdk-core/msw';
import type { components } from '../generated/schema';

type S = components['schemas'];

/** What a leaderboard request selects and how it orders. */
export interface LeaderboardQuery {
  modelId?: string | null;
  benchmarks: string[];
  trainings: string[];
  startDate?: number | undefined;
  endDate?: number | undefined;
  name?: string | null;
  orderBenchmark?: string | null;
  orderMetric?: string | null;
  direction: 'asc' | 'desc';
}

function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/**
 * Ranks checkpoints: each one's metrics are its evaluation scores (one benchmark's when ordering by it,
 * otherwise the mean across benchmarks); the order is by `orderMetric`, or by the mean of all metrics.
 */
export function rankCheckpoints(
  checkpoints: readonly S['Checkpoint'][],
  evaluations: readonly S['Evaluation'][],
  query: LeaderboardQuery,
): JsonAnswer<S['LeaderboardEntry']>[] {
  const entries: (JsonAnswer<S['LeaderboardEntry']> & { score: number })[] = [];
  for (const checkpoint of checkpoints) {
    if (query.modelId && checkpoint.id !== query.modelId) continue;
    if (query.trainings.length && !query.trainings.includes(String(checkpoint.training_id))) continue;
    if (
      query.name &&
      !String(checkpoint.name ?? '')
        .toLowerCase()
        .includes(query.name.toLowerCase())
    )
      continue;
    const evals = evaluations.filter((e) => {
      const at = Date.parse(String(e.created_at));
      return (
        e.checkpoint_id === checkpoint.id &&
        Object.keys(e.result ?? {}).length > 0 &&
        (!query.benchmarks.length || query.benchmarks.includes(e.benchmark_id)) &&
        (!query.orderBenchmark || e.benchmark_id === query.orderBenchmark) &&
        (query.startDate === undefined || at >= query.startDate) &&
        (query.endDate === undefined || at <= query.endDate)
      );
    });
    if (!evals.length) continue;
    const byMetric = new Map<string, number[]>();
    for (const e of evals) {
      for (const [metric, value] of Object.entries(e.result ?? {})) {
        if (typeof value === 'number') byMetric.set(metric, [...(byMetric.get(metric) ?? []), value]);
      }
    }
    const metrics = Object.fromEntries([...byMetric].map(([metric, values]) => [metric, mean(values)]));
    const score = query.orderMetric ? metrics[query.orderMetric] : mean(Object.values(metrics));
    if (score === undefined || Number.isNaN(score)) continue;
    entries.push({
      id: checkpoint.id,
      name: checkpoint.name,
      training_id: checkpoint.training_id,
      metrics,
      benchmark_ids: [...new Set(evals.map((e) => e.benchmark_id))],
      created_at: checkpoint.created_at,
      score,
    });
  }
  entries.sort((a, b) => (query.direction === 'asc' ? a.score - b.score : b.score - a.score));
  return entries.map(({ score: _score, ...entry }, i) => ({ ...entry, rank: i + 1 }));
}

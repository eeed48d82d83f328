import { getEventListeners } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { createApiClient, PollFailedError, PollTimeoutError, UsageError, waitFor } from '../src/index';
import { pollOutcome, pollSettings } from '../src/internal';
import type { paths } from './support/paths';

type Job = { status: 'queued' | 'running' | 'done' | 'error'; error?: string };

function job(states: Job[]) {
  const times: number[] = [];
  return {
    times,
    check: async () => {
      times.push(performance.now());
      return states[Math.min(times.length - 1, states.length - 1)]!;
    },
  };
}

const done = (j: Job) => j.status === 'done';
const failed = (j: Job) => j.status === 'error' && (j.error ?? 'job failed');

describe('waitFor', () => {
  it('polls until done and returns the final state', async () => {
    const j = job([{ status: 'queued' }, { status: 'running' }, { status: 'done' }]);
    await expect(waitFor(j.check, { done, minDelay: 10 })).resolves.toEqual({ status: 'done' });
    expect(j.times).toHaveLength(3);
  });

  it('backs off from minDelay by factor up to maxDelay', async () => {
    const j = job([
      { status: 'running' },
      { status: 'running' },
      { status: 'running' },
      { status: 'running' },
      { status: 'done' },
    ]);
    await waitFor(j.check, { done, minDelay: 40, maxDelay: 100, factor: 2 });
    const gaps = j.times.slice(1).map((t, i) => t - (j.times[i] ?? 0));
    expect(gaps[0]).toBeGreaterThanOrEqual(38);
    expect(gaps[1]).toBeGreaterThanOrEqual(78);
    expect(gaps[2]).toBeGreaterThanOrEqual(98);
    expect(gaps[3]).toBeLessThan(160); // capped at maxDelay, not 320
  });

  it('stops with PollFailedError carrying the state when failed() says so', async () => {
    const j = job([{ status: 'running' }, { status: 'error', error: 'disk full' }]);
    const error = await waitFor(j.check, { done, failed, minDelay: 5 }).catch((e) => e);
    expect(error).toBeInstanceOf(PollFailedError);
    expect(error.message).toBe('disk full');
    expect(error.state).toEqual({ status: 'error', error: 'disk full' });
  });

  it('throws PollTimeoutError with the last state at the deadline', async () => {
    vi.useFakeTimers();
    try {
      const j = job([{ status: 'running' }]);
      const wait = waitFor(j.check, { done, minDelay: 50, timeout: 220, description: 'job j_1' }).catch(
        (e) => e,
      );
      await vi.advanceTimersByTimeAsync(220);
      const error = await wait;
      expect(error).toBeInstanceOf(PollTimeoutError);
      expect(error.lastState).toEqual({ status: 'running' });
      expect(error.message).toMatch(/Timed out after 220 ms waiting for job j_1 \(\d polls\)/);
      expect(error.attempts).toBe(j.times.length);
    } finally {
      vi.useRealTimers();
    }
  });

  it('rejects with the abort reason and stops polling', async () => {
    const j = job([{ status: 'running' }]);
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('cancelled')), 60);
    await expect(waitFor(j.check, { done, minDelay: 20, signal: controller.signal })).rejects.toThrow(
      'cancelled',
    );
    const polls = j.times.length;
    await new Promise((r) => setTimeout(r, 80));
    expect(j.times).toHaveLength(polls);
  });

  it('an abort from onPoll ends the wait at once, not after the next delay', async () => {
    const j = job([{ status: 'running' }]);
    const controller = new AbortController();
    const started = performance.now();
    await expect(
      waitFor(j.check, {
        done,
        minDelay: 10_000,
        signal: controller.signal,
        onPoll: () => controller.abort(new Error('user left')),
      }),
    ).rejects.toThrow('user left');
    expect(performance.now() - started).toBeLessThan(1000);
    expect(j.times).toHaveLength(1);
  });

  it("passes each check a signal that follows the caller's, and reports every poll", async () => {
    const seen: AbortSignal[] = [];
    const controller = new AbortController();
    const polls: number[] = [];
    await waitFor(
      async (signal) => {
        seen.push(signal);
        return { status: 'done' } as Job;
      },
      { done, signal: controller.signal, onPoll: (_s, n) => polls.push(n) },
    );
    expect(seen).toHaveLength(1);
    expect(polls).toEqual([1]);
    const check = vi.fn(async (signal: AbortSignal) => {
      controller.abort(new Error('stop'));
      expect(signal.aborted).toBe(true);
      return { status: 'running' } as Job;
    });
    await expect(waitFor(check, { done, signal: controller.signal })).rejects.toThrow('stop');
  });

  it('rejects nonsense options', async () => {
    await expect(waitFor(async () => 1, { done: () => true, factor: 0.5 })).rejects.toThrow(UsageError);
  });
});

describe('pollSettings', () => {
  it("maps a flow's PollOptions onto waitFor, with the vendor's first interval where the caller set none", () => {
    const controller = new AbortController();
    const seen: string[] = [];
    const onProgress = (state: string) => seen.push(state);
    expect(pollSettings({})).toEqual({
      minDelay: 500,
      maxDelay: 5000,
      timeout: 600_000,
      signal: undefined,
      onPoll: undefined,
    });
    expect(pollSettings({}, 1000).minDelay).toBe(1000);
    const set = pollSettings(
      { pollInterval: { min: 10, max: 20 }, timeout: 30, signal: controller.signal, onProgress },
      1000,
    );
    expect(set).toMatchObject({ minDelay: 10, maxDelay: 20, timeout: 30, signal: controller.signal });
    set.onPoll?.('running');
    expect(seen).toEqual(['running']);
  });

  it('drives a real wait: progress is reported and the deadline holds', async () => {
    const seen: string[] = [];
    const wait = waitFor(async () => 'running', {
      done: () => false,
      ...pollSettings({ pollInterval: { min: 5, max: 5 }, timeout: 40, onProgress: (s) => seen.push(s) }),
    });
    await expect(wait).rejects.toBeInstanceOf(PollTimeoutError);
    expect(seen.length).toBeGreaterThan(1);
  });
});

describe('the deadline', () => {
  it('cuts the poll in flight: a request that hangs ends as a PollTimeoutError on time', async () => {
    vi.useFakeTimers();
    try {
      let polls = 0;
      // A server that never answers the second poll; the request's own timeout (60 s) is far off.
      const api = createApiClient<paths>({
        baseUrl: 'https://api.example.test',
        fetch: (_url, init) =>
          new Promise<Response>((resolve, reject) => {
            if (++polls === 1) return resolve(Response.json({ id: 'a', name: 'running' }));
            init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
          }),
      });
      const started = Date.now();
      const wait = waitFor(
        (signal) => api.request('get', '/items/{id}', { params: { path: { id: 'a' } }, signal }),
        {
          done: (item) => item.name === 'done',
          minDelay: 100,
          timeout: 500,
          description: 'item a',
        },
      ).catch((e) => e);
      await vi.advanceTimersByTimeAsync(500);
      const error = await wait;
      expect(error).toBeInstanceOf(PollTimeoutError);
      expect(error.message).toBe('Timed out after 500 ms waiting for item a (1 polls)');
      expect(error.lastState).toEqual({ id: 'a', name: 'running' });
      expect(Date.now() - started).toBe(500);
      expect(polls).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it("leaves no timer or listener behind on the caller's signal", async () => {
    const controller = new AbortController();
    for (let i = 0; i < 50; i++) {
      await waitFor(async () => ({ status: 'done' }) as Job, { done, signal: controller.signal });
    }
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });
});

describe('pollOutcome', () => {
  const job = {
    field: 'status',
    success: ['succeeded'],
    failure: ['failed'],
    partial: ['partially_succeeded'],
  };

  it('says how a state ended by the spec’s poll states, and undefined while it runs', () => {
    expect(pollOutcome(job, { status: 'succeeded' })).toBe('success');
    expect(pollOutcome(job, { status: 'failed' })).toBe('failure');
    expect(pollOutcome(job, { status: 'partially_succeeded' })).toBe('partial');
    // Running, a value the vendor adds later, no status, or no object at all: the wait goes on.
    for (const state of [{ status: 'running' }, { status: 'archived' }, {}, null, 'succeeded'])
      expect(pollOutcome(job, state)).toBeUndefined();
  });

  it('reads a nested field by its dotted path', () => {
    const nested = { ...job, field: 'ingestion.status' };
    expect(pollOutcome(nested, { ingestion: { status: 'failed' } })).toBe('failure');
    expect(pollOutcome(nested, { ingestion: null })).toBeUndefined();
  });

  it('ends a waitFor on the failure state with a PollFailedError', async () => {
    const states = [{ status: 'running' }, { status: 'failed' }];
    const wait = waitFor(async () => states.shift()!, {
      minDelay: 0,
      done: (s) => pollOutcome(job, s) !== undefined,
      failed: (s) => pollOutcome(job, s) === 'failure' && `ended ${s.status}`,
    });
    await expect(wait).rejects.toThrow(/ended failed/);
    expect(states).toEqual([]);
  });
});

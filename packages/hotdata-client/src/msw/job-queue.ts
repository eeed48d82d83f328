import { byQuery } from '@org/sdk-core/msw';
import type { components } from '../generated/schema';
import { lookup, type MockContext, type MockJob, type Resolvers, view } from './context';

type S = components['schemas'];
const TERMINAL = new Set<unknown>(['succeeded', 'partially_succeeded', 'failed']);

const publicJob = view('JobStatusResponse');
const listed = byQuery({ job_type: 'job_type', status: { field: 'status', list: ',' } });

/**
 * Background jobs: `submit` queues one whose effect runs when a poll finds it done (after `jobPolls`
 * polls answering `running`); a `finish` that throws fails the job with that message.
 */
export function createJobQueue(ctx: MockContext) {
  const { store, now } = ctx;

  function submit(jobType: S['JobType'], finish: () => S['JobResult']): S['SubmitJobResponse'] {
    const job = store.jobs.insert({
      job_type: jobType,
      status: 'pending',
      attempts: 0,
      created_at: now(),
      completed_at: null,
      error_message: null,
      result: null,
      pollsLeft: ctx.jobPolls,
      finish,
    });
    return { id: job.id, status: 'pending', status_url: `/v1/jobs/${job.id}` };
  }

  /** Moves a job one poll forward and returns it as the API shows it. */
  function poll(job: MockJob): S['JobStatusResponse'] {
    if (TERMINAL.has(job.status)) return publicJob(job);
    let change: Partial<MockJob> = { status: 'running', pollsLeft: job.pollsLeft - 1 };
    if (job.pollsLeft <= 0) {
      try {
        change = { status: 'succeeded', result: job.finish(), completed_at: now() };
      } catch (error) {
        change = { status: 'failed', error_message: (error as Error).message, completed_at: now() };
      }
    }
    return publicJob(store.jobs.update(job.id, { ...change, attempts: 1 }) as MockJob);
  }

  const resolvers: Resolvers = {
    listJobs: ({ query, page }) => {
      const jobs = store.jobs.filter((j) => listed(j, query)).reverse();
      return page(jobs.map(publicJob));
    },
    getJob: lookup(store.jobs, 'id', (id) => `Job ${id}`).with((job) => poll(job)),
  };

  return { submit, resolvers };
}

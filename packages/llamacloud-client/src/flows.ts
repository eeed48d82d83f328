import {
  type FilePart,
  type PollOptions,
  type RequestOptions,
  type UploadRequestOptions,
  type UploadSource,
  waitFor,
} from '@org/sdk-core';
import { pollOutcome, pollSettings } from '@org/sdk-core/internal';
import { getPipelineStatusPoll } from './generated/poll';
import type { PipelinesGetStatusResponse, Resources } from './generated/resources';

/**
 * How to wait for ingestion: the wait options of every flow (`timeout`, `signal`, `onProgress`, and
 * `pollInterval`, never below 500 ms, the vendor's own floor against rate limits).
 */
export interface PipelineWaitOptions extends PollOptions<PipelinesGetStatusResponse> {
  /** Treat PARTIAL_SUCCESS (some files failed) as a failure. @default false: it is returned, with its errors */
  failOnPartial?: boolean | undefined;
}

/**
 * Where an upload comes from, with its file name when the source has none; `onUploadProgress` reports the
 * bytes as they are sent (core's README, "Upload progress").
 */
export interface UploadOptions extends UploadRequestOptions {
  filename?: string | undefined;
  contentType?: string | undefined;
  /** Your own id for the file. */
  externalFileId?: string | undefined;
  /** The project, when not the client's. */
  projectId?: string | undefined;
}

const MIN_POLL_MS = 500;

/** The multi-step flows the API needs, built on the generated resources. */
export function createFlows(resources: Resources) {
  /**
   * Uploads a file from a File, Blob, bytes, a string, a web stream or a Node Readable. Streams are sent as
   * they are read (never buffered), and so are not retried.
   * @example const file = await llama.uploadFile(fs.createReadStream('report.pdf'), { filename: 'report.pdf' });
   */
  function uploadFile(source: UploadSource | File, options: UploadOptions = {}) {
    const { filename, contentType, externalFileId, projectId, ...request } = options;
    const part: FilePart = {
      data: source,
      filename: filename ?? (source as File).name ?? 'upload',
      contentType: contentType ?? ((source as Blob).type || 'application/octet-stream'),
    };
    return resources.files.upload(
      { upload_file: part, external_file_id: externalFileId, project_id: projectId } as never,
      request,
    );
  }

  /**
   * Starts ingestion and waits until it is done, polling the pipeline status no faster than every 0.5 s.
   * Resolves with the final status (SUCCESS, or PARTIAL_SUCCESS with its errors); ERROR and CANCELLED
   * throw a PollFailedError carrying the status.
   * @example const status = await llama.syncPipelineAndWait(pipeline.id, { timeout: 120_000 });
   */
  async function syncPipelineAndWait(pipelineId: string, options: PipelineWaitOptions = {}) {
    await resources.pipelines.sync(pipelineId, { signal: options.signal });
    return waitForPipeline(pipelineId, options);
  }

  /**
   * Waits until the pipeline's ingestion is no longer NOT_STARTED or IN_PROGRESS.
   * @example await llama.waitForPipeline(pipeline.id);
   */
  function waitForPipeline(pipelineId: string, options: PipelineWaitOptions = {}) {
    // The vendor's own floor against rate limits holds even for a caller's shorter interval.
    const poll = pollSettings(options);
    poll.minDelay = Math.max(MIN_POLL_MS, poll.minDelay);
    poll.maxDelay = Math.max(MIN_POLL_MS, poll.maxDelay);
    return waitFor((signal) => resources.pipelines.getStatus(pipelineId, {}, { signal, requireBody: true }), {
      description: `ingestion of pipeline ${pipelineId}`,
      // The states that end the wait are the spec's (x-sdk-poll of GET /pipelines/{id}/status).
      done: (s) => pollOutcome(getPipelineStatusPoll, s) !== undefined,
      failed: (s) => {
        const ended = pollOutcome(getPipelineStatusPoll, s);
        if (ended === 'failure' || (options.failOnPartial && ended === 'partial')) {
          const why = s.error?.map((e) => `${e.step}: ${e.message}`).join('; ');
          return `Ingestion of pipeline ${pipelineId} ended ${s.status}${why ? `: ${why}` : ''}`;
        }
        return false;
      },
      ...poll,
    });
  }

  return { uploadFile, syncPipelineAndWait, waitForPipeline };
}

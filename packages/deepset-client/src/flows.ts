import {
  type FilePart,
  type PollOptions,
  type RequestOptions,
  type UploadSource,
  waitFor,
} from '@org/sdk-core';
import { pollOutcome, pollSettings } from '@org/sdk-core/internal';
import { getPipelinesPoll } from './generated/poll';
import type { PipelinesGetResponse, Resources } from './generated/resources';
import type { components } from './generated/schema';

/** How to wait for a deployment; core's defaults (500 ms growing to 5 s, 10 min) fit haystack's 5 s polling. */
export interface DeployWaitOptions extends PollOptions<PipelinesGetResponse> {
  /** The workspace, when not the client's. */
  workspace?: string | undefined;
}

/** Options of `uploadFile`. */
export interface UploadOptions extends RequestOptions {
  /** The file name; taken from a File when omitted. */
  filename?: string | undefined;
  contentType?: string | undefined;
  /** Metadata stored with the file. */
  meta?: Record<string, unknown> | undefined;
  /** What to do when a file of that name exists. @default the API's (KEEP) */
  writeMode?: components['schemas']['WriteMode'] | undefined;
  /** The workspace, when not the client's. */
  workspace?: string | undefined;
}

/** The multi-step flows, built on the generated resources. */
export function createFlows(resources: Resources) {
  /**
   * Uploads one file with its metadata as multipart (`file` + `meta`). Streams are sent as read.
   * @example const { file_id } = await deepset.uploadFile(new File(['hello'], 'hello.txt'), { meta: { lang: 'en' } });
   */
  function uploadFile(source: UploadSource | File, options: UploadOptions = {}) {
    const { filename, contentType, meta, writeMode, workspace, ...request } = options;
    const file: FilePart = {
      data: source,
      filename: filename ?? (source as File).name ?? 'upload',
      // Left out, the encoder uses a Blob's own type, else application/octet-stream.
      contentType,
    };
    // A field left undefined is not sent, and an undefined workspace is the client's.
    return resources.files.upload(
      { file, meta: meta && JSON.stringify(meta), write_mode: writeMode, workspace_name: workspace },
      request,
    );
  }

  /**
   * Waits until a pipeline is DEPLOYED; DEPLOYED_UNHEALTHY, DEPLOYMENT_FAILED, or falling back to
   * UNDEPLOYED throw a PollFailedError carrying the pipeline.
   * @example const pipeline = await deepset.waitForDeployment('rag');
   */
  function waitForDeployment(pipelineName: string, options: DeployWaitOptions = {}) {
    const ws = { workspace_name: options.workspace };
    return waitFor((signal) => resources.pipelines.get(pipelineName, ws, { signal, requireBody: true }), {
      description: `deployment of pipeline ${pipelineName}`,
      // The states that end the wait are the spec's (x-sdk-poll of GET .../pipelines/{pipeline_name}).
      done: (p) => pollOutcome(getPipelinesPoll, p) !== undefined,
      failed: (p) =>
        pollOutcome(getPipelinesPoll, p) === 'failure' && `Pipeline ${pipelineName} is ${p.status}`,
      ...pollSettings(options),
    });
  }

  /**
   * Deploys a pipeline and waits until it is DEPLOYED.
   * @example const pipeline = await deepset.deployPipelineAndWait('rag', { timeout: 120_000 });
   */
  async function deployPipelineAndWait(pipelineName: string, options: DeployWaitOptions = {}) {
    await resources.pipelines.deploy(
      pipelineName,
      { workspace_name: options.workspace },
      { signal: options.signal },
    );
    return waitForDeployment(pipelineName, options);
  }

  return { uploadFile, waitForDeployment, deployPipelineAndWait };
}

import type { MultipartValue, RequestOptions, UploadRequestOptions } from '@org/sdk-core';
import type {
  ActionsCreateParams,
  ActionsUpdateResponse,
  PersonasConfirmUploadResponse,
  PersonasUploadResponse,
  Resources,
} from './generated/resources';
import type { components } from './generated/schema';

/** How clashes with existing personas are settled: replace them, add second ones, or leave them out. */
export type ConflictResolution = components['schemas']['ConflictResolution'];

/** Options of `importPersonas`; `onUploadProgress` reports the upload's bytes as they are sent. */
export interface ImportPersonasOptions extends UploadRequestOptions {
  /** What to do with personas that clash with existing ones. @default 'skip' */
  conflictResolution?: ConflictResolution | undefined;
  /** Called with the upload's result before it is confirmed, e.g. to log how many clash. */
  onUploaded?: (upload: PersonasUploadResponse) => void;
}

/** What `importPersonas` did: the upload (with its counts) and the confirmation. */
export interface PersonaImport {
  upload: PersonasUploadResponse;
  confirmation: PersonasConfirmUploadResponse;
}

/** The multi-step flows the API needs, built on the generated resources. */
export function createFlows(resources: Resources) {
  /**
   * Creates an action and puts it in an action group. The API's create takes no group, so this checks the
   * group exists, creates the action, then moves it in; if the move fails the new action is deleted again.
   * @example
   * const group = await neo.actionGroups.create({ name: 'Q3', description: 'Q3 campaign' });
   * const action = await neo.createActionInGroup(group.id, { name: 'Call', description: 'Call back', priority: 'high', type: 'call' });
   */
  async function createActionInGroup(
    groupId: string,
    action: ActionsCreateParams,
    options: RequestOptions = {},
  ): Promise<ActionsUpdateResponse> {
    await resources.actionGroups.get(groupId, options);
    const created = await resources.actions.create(action, options);
    try {
      return await resources.actions.update(created.id, { group: groupId }, options);
    } catch (error) {
      await resources.actions.delete(created.id, options).catch(() => {});
      throw error;
    }
  }

  /**
   * Uploads persona files (one part per file) and confirms the pending upload with a conflict resolution.
   * Files are a File, a Blob, or `{ data, filename, contentType }` with bytes, a string or a stream.
   * @example
   * const { confirmation } = await neo.importPersonas([new File([csv], 'personas.csv')], { conflictResolution: 'overwrite' });
   */
  async function importPersonas(
    files: MultipartValue | MultipartValue[],
    options: ImportPersonasOptions = {},
  ): Promise<PersonaImport> {
    const { conflictResolution = 'skip', onUploaded, onUploadProgress, ...request } = options;
    // Progress is the files' upload alone: the confirmation's small JSON body would start a second count.
    const upload = await resources.personas.upload({ files }, { ...request, onUploadProgress });
    onUploaded?.(upload);
    const confirmation = await resources.personas.confirmUpload(
      upload.upload_token,
      { conflict_resolution: conflictResolution },
      request,
    );
    return { upload, confirmation };
  }

  return { createActionInGroup, importPersonas };
}

// Generated from specs/unstract.yaml by scripts/generate.mjs (pnpm generate).
// Do not edit: change the spec or the generator.
// The bounds the spec sets on each operation's inputs, one constant per operation.

/** Input bounds of `GET /api/v1/unstract/{org_id}/api/deployment/`. */
export const listDeploymentsLimits = {
  page: {
    minimum: 1,
  },
  page_size: {
    minimum: 1,
    maximum: 1000,
  },
} as const;

/** Input bounds of `POST /api/v1/unstract/{org_id}/api/deployment/`. */
export const createDeploymentLimits = {
  api_name: {
    minLength: 1,
    maxLength: 30,
    pattern: '^[a-zA-Z0-9_-]+$',
  },
  display_name: {
    minLength: 1,
    maxLength: 30,
  },
  description: {
    maxLength: 255,
  },
} as const;

/** Input bounds of `PUT /api/v1/unstract/{org_id}/api/deployment/{id}/`. */
export const updateDeploymentLimits = {
  api_name: {
    minLength: 1,
    maxLength: 30,
    pattern: '^[a-zA-Z0-9_-]+$',
  },
  display_name: {
    minLength: 1,
    maxLength: 30,
  },
  description: {
    maxLength: 255,
  },
} as const;

/** Input bounds of `PATCH /api/v1/unstract/{org_id}/api/deployment/{id}/`. */
export const partialUpdateDeploymentLimits = {
  api_name: {
    minLength: 1,
    maxLength: 30,
    pattern: '^[a-zA-Z0-9_-]+$',
  },
  display_name: {
    minLength: 1,
    maxLength: 30,
  },
  description: {
    maxLength: 255,
  },
} as const;

/** Input bounds of `POST /api/v1/unstract/{org_id}/api/keys/api/{api_id}/`. */
export const createApiKeyLimits = {
  description: {
    maxLength: 255,
  },
} as const;

/** Input bounds of `PUT /api/v1/unstract/{org_id}/api/keys/{id}/`. */
export const updateApiKeyLimits = {
  description: {
    maxLength: 255,
  },
} as const;

/** Input bounds of `GET /deployment/api/{org_name}/{api_name}/`. */
export const getExecutionStatusLimits = {
  api_name: {
    maxLength: 30,
    pattern: '^[a-zA-Z0-9_-]+$',
  },
} as const;

/** Input bounds of `POST /deployment/api/{org_name}/{api_name}/`. */
export const executeDeploymentLimits = {
  api_name: {
    maxLength: 30,
    pattern: '^[a-zA-Z0-9_-]+$',
  },
  files: {
    maxItems: 32,
  },
  timeout: {
    minimum: -1,
    maximum: 300,
  },
  presigned_urls: {
    maxItems: 32,
  },
} as const;

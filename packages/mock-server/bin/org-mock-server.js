#!/usr/bin/env node
// The `org-mock-server` command. A committed file rather than dist/cli.js itself, so that `pnpm install`
// in the workspace can link the command before anything is built (it warned ENOENT twice otherwise).
import '../dist/cli.js';

// Entry for Chromium (bundled by the runtime matrix): runs the smoke calls against the page's own origin.
import { smoke } from './smoke.mjs';

globalThis.smokeResult = smoke(location.origin).catch((err) => ({ failed: String(err?.stack ?? err) }));

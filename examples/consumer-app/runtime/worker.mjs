// Entry for workerd (bundled by the runtime matrix): `GET /?base=<mock server URL>` runs the smoke calls.
import { smoke } from './smoke.mjs';

export default {
  async fetch(request) {
    const base = new URL(request.url).searchParams.get('base');
    try {
      return Response.json(await smoke(base));
    } catch (err) {
      return Response.json({ failed: String(err?.stack ?? err) });
    }
  },
};

// Multipart bodies: the form a generated method builds from its params, each part with the Content-Type
// the spec's `encoding` gives it.

/**
 * The statement that builds the form, and what the request sends: the form's body and its Content-Type
 * (with the boundary), after the caller's headers so that the boundary always matches.
 * @example multipartBody(o, 'rest') // { lines: ['const form = multipartBody(rest);'], body: 'form.body', ... }
 */
export function multipartBody(o, fields) {
  const types = Object.keys(o.partTypes).length ? `, ${JSON.stringify(o.partTypes)}` : '';
  return {
    lines: [`const form = multipartBody(${fields}${types});`],
    body: 'form.body',
    headers: ['...options?.headers', "'Content-Type': form.contentType"],
  };
}

// Reads the API; a failure becomes an Error carrying the problem's one-line detail.

/** GETs JSON from the API. */
export async function getJson(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  return read(response);
}

/** POSTs a body of the given media type and reads the JSON answer. */
export async function postBody(path, body, type) {
  const response = await fetch(path, { method: "POST", body, headers: { "Content-Type": type } });
  return read(response);
}

async function read(response) {
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const detail = body && body.detail ? body.detail : response.statusText;
    throw new Error(`${response.status}: ${detail}`);
  }
  return body;
}

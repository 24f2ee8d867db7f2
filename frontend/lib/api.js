// fetch wrapper for /api/v1: tokens travel in the Authorization header, never in URLs.

export async function api(path, { method = 'GET', body, token } = {}) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  let res;
  try {
    res = await fetch(`/api/v1${path}`, {
      method, headers, cache: 'no-store', credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return { ok: false, status: 0, data: null,
      error: { code: 'network', message: "Can't reach Haven right now. Check your connection and try again." } };
  }
  let data = null;
  if (res.status !== 204) {
    try { data = await res.json(); } catch { data = null; }
  }
  if (res.ok) return { ok: true, status: res.status, data };
  const error = (data && data.error) || { code: `http_${res.status}`, message: `Something went wrong (${res.status}).` };
  return { ok: false, status: res.status, data, error };
}

// Reading the JSON API. Errors arrive in one shape: {title, status, type, details}.

export async function getJson(path, parameters = {}) {
  const query = new URLSearchParams();
  Object.entries(parameters).forEach(([name, value]) => {
    if (value !== undefined && value !== null && value !== '') query.set(name, value);
  });
  const url = path + (query.toString() ? '?' + query : '');
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await response.json();
  if (!response.ok) throw new Error(body.details || body.title || response.statusText);
  return body;
}

/** The API path of one item, its id encoded. */
export function itemPath(collection, id) {
  return '/api/' + collection + '/' + encodeURIComponent(id);
}

'use strict';
// Document text is untrusted: everything from the API is inserted with textContent, never as HTML.

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

async function fetchJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await response.json();
  if (!response.ok) throw new Error(body.details || body.title || response.statusText);
  return body;
}

async function showDocuments() {
  const status = document.getElementById('status');
  const rows = document.querySelector('#documents tbody');
  try {
    const documents = await fetchJson('/api/documents');
    rows.replaceChildren(...documents.map((doc) => {
      const row = element('tr');
      row.append(element('td', doc.title || '(untitled)'), element('td', doc.published || ''));
      const flags = element('td');
      doc.flags.forEach((flag) => flags.append(element('span', flag, 'flag')));
      row.append(flags, element('td', doc.path, 'path'));
      return row;
    }));
    status.textContent = documents.length + ' sources';
  } catch (error) {
    status.textContent = 'Could not load the sources: ' + error.message;
  }
}

function highlighted(text, passage) {
  const quote = element('blockquote');
  let cursor = passage.start;
  passage.matches.forEach((match) => {
    quote.append(document.createTextNode(text.slice(cursor, match.start)), element('mark', text.slice(match.start, match.end)));
    cursor = match.end;
  });
  quote.append(document.createTextNode(text.slice(cursor, passage.end)));
  return quote;
}

async function search(event) {
  if (event) event.preventDefault();
  const query = document.getElementById('query').value.trim();
  if (!query) return;
  history.replaceState(null, '', '?q=' + encodeURIComponent(query));
  const list = document.getElementById('hits');
  document.getElementById('results').hidden = false;
  try {
    const result = await fetchJson('/api/search?q=' + encodeURIComponent(query));
    const items = await Promise.all(result.hits.map(async (hit) => {
      const item = element('li');
      item.append(element('strong', hit.title || hit.path), element('div', hit.path, 'path'));
      const full = await fetchJson('/api/documents/' + encodeURIComponent(hit.document));
      hit.passages.forEach((passage) => item.append(highlighted(full.text, passage)));
      return item;
    }));
    list.replaceChildren(...(items.length ? items : [element('li', 'No matches.')]));
  } catch (error) {
    list.replaceChildren(element('li', 'Search failed: ' + error.message));
  }
}

document.getElementById('search').addEventListener('submit', search);
showDocuments();
const initialQuery = new URLSearchParams(location.search).get('q');
if (initialQuery) {
  document.getElementById('query').value = initialQuery;
  search();
}

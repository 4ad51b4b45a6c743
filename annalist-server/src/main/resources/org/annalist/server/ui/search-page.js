// Search over the readable text: matching sentences with their words marked, each a link to the
// exact span in its source and the reasons of the statements it holds (mentions kept off the
// timeline), and facets (source, entity, status, years) that narrow the search.
import { element, heading } from './dom.js';
import { getJson } from './api.js';
import { highlighted } from './highlight.js';
import { pager } from './pager.js';

const FILTERS = ['source', 'entity', 'status', 'from', 'to'];
const FACET_NAMES = { source: 'Sources', entity: 'Entities', status: 'Status', years: 'Years' };

export async function showSearch(view, id, parameters) {
  const query = parameters.get('q') || '';
  document.getElementById('query').value = query;
  const request = { q: query, offset: parameters.get('offset'), limit: 20 };
  FILTERS.forEach((name) => { request[name] = parameters.get(name); });
  const result = await getJson('/api/search', request);
  const page = { total: result.total, offset: result.offset, limit: result.limit, items: result.hits };
  view.replaceChildren(heading('Search: ' + query, result.total + ' matching sentences'),
    element('div', 'search-layout', null,
      element('aside', 'facets', null, ...activeFilters(parameters), ...Object.entries(result.facets)
        .filter(([, counts]) => counts.length).map(([name, counts]) => facet(name, counts, parameters))),
      element('section', null, null, element('ol', 'hits', null, ...result.hits.map(hit)),
        pager(page, 'search', parameters))));
}

function hit(found) {
  const open = element('a', 'open-span', 'open in source');
  open.href = '#/source/' + encodeURIComponent(found.document) + '?' + new URLSearchParams({ span: found.start + '-' + found.end });
  const marks = found.matches.map((match) => ({ ...match, className: 'match' }));
  const statements = (found.statements || []).map((why) => element('span', 'why why-' + why, why));
  return element('li', 'hit', null, element('div', 'hit-source', null, element('strong', null, found.title || found.path), ' · ', open),
    element('blockquote', null, null, highlighted(found.text, found.start, marks)),
    ...(statements.length ? [element('p', 'hit-statements muted', 'holds a statement kept off the timeline: ', ...statements)] : []));
}

function facet(name, counts, parameters) {
  return element('section', 'facet', null, element('h4', null, FACET_NAMES[name] || name),
    element('ul', null, null, ...counts.map((count) => element('li', null, null,
      narrowLink(count.label, parameters, facetParameters(name, count.value)), element('span', 'count', ' ' + count.count)))));
}

function facetParameters(name, value) {
  if (name !== 'years') return { [name]: value };
  const [from, to] = value.split('-');
  return { from, to };
}

function activeFilters(parameters) {
  const active = FILTERS.filter((name) => parameters.get(name));
  if (active.length === 0) return [];
  const removers = active.map((name) => element('li', null, null,
    narrowLink('✕ ' + name + ': ' + parameters.get(name), parameters, { [name]: null })));
  return [element('section', 'facet active', null, element('h4', null, 'Narrowed by'), element('ul', null, null, ...removers))];
}

function narrowLink(text, parameters, changes) {
  const next = new URLSearchParams(parameters);
  next.delete('offset');
  Object.entries(changes).forEach(([name, value]) => {
    if (value === null) next.delete(name); else next.set(name, value);
  });
  const anchor = element('a', null, text);
  anchor.href = '#/search?' + next;
  return anchor;
}

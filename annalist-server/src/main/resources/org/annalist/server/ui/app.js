// The single page: reads the route from the location's hash and shows that page.
import { element } from './dom.js';
import { showTimeline } from './timeline-page.js';
import { showEvent } from './event-page.js';
import { showConflicts } from './conflicts-page.js';
import { showEntities, showEntity } from './entity-page.js';
import { showSources, showSource } from './source-page.js';
import { showSearch } from './search-page.js';

const pages = {
  timeline: showTimeline,
  event: showEvent,
  conflicts: showConflicts,
  entities: showEntities,
  entity: showEntity,
  sources: showSources,
  source: showSource,
  search: showSearch,
};

/** The route of a hash like "#/entity/person%3Astalin?x=1": page name, decoded id, parameters. */
function route() {
  const [path, query] = location.hash.replace(/^#\/?/, '').split('?');
  const [name, id] = path.split('/');
  return { name: name || 'timeline', id: id === undefined ? undefined : decodeURIComponent(id),
    parameters: new URLSearchParams(query || '') };
}

async function show() {
  const view = document.getElementById('view');
  const { name, id, parameters } = route();
  const page = pages[name];
  document.querySelectorAll('nav a').forEach((a) => a.classList.toggle('current', a.hash === '#/' + name));
  view.replaceChildren(element('p', 'muted', 'Loading…'));
  view.dataset.page = name;
  delete view.dataset.ready;
  try {
    if (!page) throw new Error('there is no page "' + name + '"');
    await page(view, id, parameters);
    view.dataset.ready = name;
  } catch (error) {
    view.replaceChildren(element('p', 'error', 'Could not show this page: ' + error.message));
    view.dataset.ready = 'error';
  }
}

document.getElementById('search').addEventListener('submit', (event) => {
  event.preventDefault();
  const query = document.getElementById('query').value.trim();
  if (query) location.hash = '#/search?' + new URLSearchParams({ q: query });
});
window.addEventListener('hashchange', show);
show();

// Every conflict: what kind, the explanation, both sides quoted, a link to the event.
import { element, heading, link } from './dom.js';
import { getJson } from './api.js';
import { pager } from './pager.js';

export async function showConflicts(view, id, parameters) {
  const page = await getJson('/api/conflicts', { kind: parameters.get('kind'), offset: parameters.get('offset'), limit: 50 });
  const rows = page.items.map((conflict) => element('section', 'conflict', null,
    element('h3', null, conflict.kind + ' · ', link(conflict.event_summary || 'the event', 'event', conflict.event)),
    element('p', 'explanation', conflict.explanation),
    element('div', 'side-by-side claims', null, ...conflict.claims.map((claim) => element('div', 'claim', null,
      element('div', 'claim-value', claim.value), element('blockquote', null, claim.quote))))));
  view.replaceChildren(heading('Conflicts', 'Where the sources disagree about an event, each side quoted.'),
    ...rows, pager(page, 'conflicts', parameters));
}

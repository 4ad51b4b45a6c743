// The entities, and one entity: aliases with why they were merged, mentions in context, the
// events it takes part in and the entities it shares them with.
import { element, heading, link, statusBadge, timeText } from './dom.js';
import { getJson, itemPath } from './api.js';
import { pager } from './pager.js';
import { coParticipantGraph } from './entity-graph.js';

export async function showEntities(view, id, parameters) {
  const page = await getJson('/api/entities', { q: parameters.get('q'), type: parameters.get('type'),
    offset: parameters.get('offset'), limit: 100 });
  const rows = page.items.map((entity) => element('tr', null, null,
    element('td', null, null, link(entity.name, 'entity', entity.id)), element('td', null, entity.type),
    element('td', 'number', entity.mentions), element('td', 'number', entity.documents),
    element('td', 'number', entity.aliases)));
  view.replaceChildren(heading('Entities', 'People, organizations and places, most mentioned first.'),
    element('table', 'list', null, element('thead', null, null, element('tr', null, null,
      ...['Name', 'Type', 'Mentions', 'Sources', 'Aliases'].map((name) => element('th', null, name)))),
    element('tbody', null, null, ...rows)), pager(page, 'entities', parameters));
}

export async function showEntity(view, id) {
  const entity = await getJson(itemPath('entities', id));
  view.replaceChildren(
    heading(entity.name, entity.type + ' · ' + entity.mention_count + ' mentions · ' + entity.event_count + ' events'),
    element('div', 'two-columns', null,
      element('section', null, null, element('h3', null, 'Aliases'), aliases(entity)),
      element('section', null, null, element('h3', null, 'Takes part in events with'),
        entity.co_participants.length ? coParticipantGraph(entity, entity.co_participants)
          : element('p', 'muted', 'no shared events'))),
    element('h3', null, 'Events'), events(entity),
    element('h3', null, 'Mentions'), mentions(entity));
}

function aliases(entity) {
  const why = new Map(entity.merges.map((merge) => [merge.alias, merge]));
  return element('ul', 'aliases', null, ...entity.aliases.map((alias) => {
    const merge = why.get(alias);
    const item = element('li', null, null, element('strong', null, alias));
    if (merge) {
      item.append(' — merged by ', element('code', null, merge.rule), ' (score ' + merge.score.toFixed(2) + '): ',
        element('span', 'explanation', merge.explanation));
    }
    return item;
  }));
}

function events(entity) {
  if (entity.events.length === 0) return element('p', 'muted', 'no events');
  return element('ul', 'event-list', null, ...entity.events.map((event) => element('li', null, null,
    statusBadge(event.status), ' ', element('span', 'muted', timeText(event.time)), ' ',
    link(event.summary, 'event', event.id))));
}

function mentions(entity) {
  return element('ul', 'mentions', null, ...entity.mentions.map((mention) => {
    const target = link(mention.quote, 'source', mention.document);
    target.href += '?' + new URLSearchParams({ span: mention.start + '-' + mention.end });
    return element('li', null, null, element('span', 'muted', '…' + mention.before), element('mark', null, null, target),
      element('span', 'muted', mention.after + '…'));
  }));
}

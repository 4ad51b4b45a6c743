// The sources with their profiles, and one source: flags and reliability with their reasons, and
// its text with boilerplate, redactions and entity mentions highlighted; ?span=START-END marks
// and scrolls to one span (a quote or a search hit). Below the text, its statements: the mentions
// kept off the timeline, each with why and how its sentence tells it, paged by ?offset=.
import { element, heading, link, flagList, reliabilityMeter, sourceName } from './dom.js';
import { getJson, itemPath } from './api.js';
import { highlighted } from './highlight.js';
import { pager } from './pager.js';

const STATEMENTS_PER_PAGE = 100;

export async function showSources(view) {
  const sources = await getJson('/api/sources');
  const rows = sources.map((source) => element('tr', null, null,
    element('td', null, null, link(sourceName(source, source.id), 'source', source.id)),
    element('td', null, source.published || ''), element('td', null, null, flagList(source.flags)),
    element('td', null, null, reliabilityMeter(source.reliability)), element('td', 'path', source.path)));
  view.replaceChildren(heading('Sources', sources.length + ' documents'),
    element('table', 'list', null, element('thead', null, null, element('tr', null, null,
      ...['Title', 'Published', 'Flags', 'Reliability', 'Path'].map((name) => element('th', null, name)))),
    element('tbody', null, null, ...rows)));
}

export async function showSource(view, id, parameters) {
  const [source, statements] = await Promise.all([getJson(itemPath('sources', id)),
    getJson('/api/statements', { document: id, offset: parameters.get('offset'), limit: STATEMENTS_PER_PAGE })]);
  const focus = focusSpan(parameters.get('span'), source.text.length);
  const text = element('div', 'source-text', null, highlighted(source.text, 0, marks(source, focus)));
  view.replaceChildren(
    heading(sourceName(source, source.id), source.path),
    element('div', 'two-columns', null,
      element('section', null, null, element('h3', null, 'Flags'), flagList(source.flags),
        element('ul', 'reasons', null, ...source.flag_reasons.map((r) => element('li', null, r.flag + ': ' + r.reason)))),
      element('section', null, null, element('h3', null, null, 'Reliability ', reliabilityMeter(source.reliability)),
        element('ul', 'reasons', null, ...source.reasons.map((reason) => element('li', null, reason))))),
    element('p', 'legend', null, element('mark', 'boilerplate', 'boilerplate'), ' ', element('mark', 'redaction', 'redaction'),
      ' ', element('mark', 'mention', 'entity mention'), ' · ', String(source.events) + ' events told here · ',
      String(statements.total) + ' statements'),
    text, statementList(statements, source.id, parameters));
  const target = text.querySelector('.focus');
  if (target) target.scrollIntoView({ block: 'center' });
}

/** The source's statements: why each is off the timeline, its title, its sentence and how it tells it. */
function statementList(page, id, parameters) {
  const entries = page.items.map((statement) => {
    const trigger = { start: statement.trigger_start, end: statement.trigger_end, className: 'trigger' };
    const place = link('in the text', 'source', id);
    place.href += '?' + new URLSearchParams({ span: statement.start + '-' + statement.end });
    return element('li', 'statement', null,
      element('span', 'why why-' + statement.why, statement.why), ' ', element('strong', null, statement.title),
      ' · ', place,
      element('blockquote', null, null, highlighted(statement.quote, statement.start, [trigger])),
      element('p', 'statement-attributes muted', attributes(statement)));
  });
  return element('section', 'statements', null, element('h3', null, 'Statements (' + page.total + ')'),
    element('p', 'muted', 'Mentions kept off the timeline: denied, supposed, intended, only possible, habitual, '
      + 'someone\'s report or a state of mind.'),
    element('ol', 'statement-list', null, ...entries), pager(page, 'source/' + encodeURIComponent(id), parameters));
}

/** How a statement's sentence tells it, in words: certainty, modal, condition, reporter, date. */
function attributes(statement) {
  const factuality = statement.factuality;
  const parts = [factuality.polarity, factuality.certainty];
  if (factuality.modal) parts.push('modal "' + factuality.modal + '"');
  ['hypothetical', 'intended', 'generic'].filter((name) => factuality[name]).forEach((name) => parts.push(name));
  if (factuality.reported_by) parts.push('reported by "' + factuality.reported_by + '"');
  parts.push(statement.time_value ? 'dated ' + statement.time_value + ' (' + statement.time_basis + ')' : 'undated');
  return parts.join(' · ');
}

function focusSpan(value, length) {
  const match = /^(\d+)-(\d+)$/.exec(value || '');
  if (!match) return null;
  const [start, end] = [Number(match[1]), Number(match[2])];
  return start <= end && end <= length ? { start, end } : null;
}

function marks(source, focus) {
  const all = [
    ...source.boilerplate.map((span) => ({ ...span, className: 'boilerplate', title: 'boilerplate: ' + span.value })),
    ...source.redactions.map((span) => ({ ...span, className: 'redaction', title: 'redaction mark' })),
    ...source.mentions.map((mention) => ({ start: mention.start, end: mention.end, className: 'mention',
      title: mention.entity, route: '#/entity/' + encodeURIComponent(mention.entity) })),
  ];
  if (focus) all.push({ ...focus, className: 'focus' });
  return all;
}

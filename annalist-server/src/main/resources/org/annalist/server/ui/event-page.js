// One event: its title, type, importance, time with what it rests on, and its relations to other
// events; its sources side by side, each quote highlighted in its paragraph with the time that
// source gives and how its sentence commits to the event; the conflicts with both sides and the
// explanation.
import { element, heading, link, statusBadge, timeText, flagList, reliabilityMeter, sourceName } from './dom.js';
import { getJson, itemPath } from './api.js';
import { highlighted } from './highlight.js';

export async function showEvent(view, id) {
  const page = await getJson(itemPath('events', id));
  const { event, conflicts, contexts, sources, entities } = page;
  const attestations = event.attestations.map((attestation, i) => ({ attestation, context: contexts[i] }));
  const related = await relatedEvents(event.relations || []);
  view.replaceChildren(
    heading(event.title || event.summary),
    element('p', 'event-summary muted', event.summary),
    element('p', 'event-facts', null, statusBadge(event.status), ' ', element('span', 'type-badge', event.type || 'other'),
      ' importance ', importanceMeter(event.importance), ' · ' + timeText(event.time), ' · ',
      ...participants(event, entities)),
    timeBasis(event.time),
    ...relationList(event.relations || [], related),
    ...conflicts.map((conflict) => conflictBox(conflict, sources)),
    element('h3', null, 'Told by ' + attestations.length + (attestations.length === 1 ? ' source' : ' sources')),
    element('div', 'side-by-side', null, ...attestations.map(({ attestation, context }) =>
      sourceColumn(attestation, context, sources[attestation.document], entities))));
}

/** The events this one relates to, by id, as the API gives them; one that cannot be read is left out. */
async function relatedEvents(relations) {
  const ids = [...new Set(relations.map((relation) => relation.event))].slice(0, 12);
  const pages = await Promise.all(ids.map((id) => getJson(itemPath('events', id)).catch(() => null)));
  const found = {};
  pages.forEach((page) => { if (page) found[page.event.id] = page.event; });
  return found;
}

function importanceMeter(importance) {
  const value = Number(importance || 0);
  const meter = element('meter', 'importance');
  meter.min = 0;
  meter.max = 1;
  meter.value = value;
  return element('span', 'importance-value', null, meter, ' ' + value.toFixed(2));
}

/** What the date rests on, how sure it is, and the words that told it. */
function timeBasis(time) {
  if (!time) return element('p', 'time-basis muted', 'No source dates it.');
  const basis = { stated: 'stated in its own sentence', story: 'from the story around it', publication: 'from the publication date' };
  const told = time.told_by ? ', told by "' + time.told_by + '"' : '';
  return element('p', 'time-basis', null, element('strong', null, 'Date: '),
    (basis[time.basis] || time.basis) + told + '; confidence ' + Number(time.confidence).toFixed(2));
}

/** Each relation in words, with a link to the other event named by its title. */
function relationList(relations, related) {
  if (relations.length === 0) return [];
  const words = { 'answer-of': 'answers', 'part-of': 'part of', series: 'in the series of' };
  const entries = relations.map((relation) => {
    const other = related[relation.event];
    const name = other ? other.title || other.summary : relation.event;
    const number = relation.kind === 'series' ? ' (number ' + relation.ordinal + ')' : '';
    return element('li', 'relation relation-' + relation.kind, null, (words[relation.kind] || relation.kind) + ' ',
      link(name, 'event', relation.event), number);
  });
  return [element('ul', 'relations', null, ...entries)];
}

function participants(event, entities) {
  const ids = [...event.participants, ...event.places];
  if (ids.length === 0) return [element('span', 'muted', 'no named participants')];
  return ids.flatMap((entity, i) => [i ? ', ' : '', link(entities[entity] ? entities[entity].name : entity, 'entity', entity)]);
}

function conflictBox(conflict, sources) {
  const claims = conflict.claims.map((claim) => element('div', 'claim', null,
    element('div', 'claim-value', claim.value),
    element('blockquote', null, claim.quote),
    element('div', 'claim-source', null, sourceLink(claim, sources[claim.document]))));
  return element('section', 'conflict', null,
    element('h3', null, 'Conflict of ' + conflict.kind),
    element('p', 'explanation', conflict.explanation),
    element('div', 'side-by-side claims', null, ...claims));
}

function sourceColumn(attestation, context, source, entities) {
  const marks = [{ start: attestation.start, end: attestation.end, className: 'quote' }];
  if (attestation.trigger_start !== undefined) {
    marks.push({ start: attestation.trigger_start, end: attestation.trigger_end, className: 'trigger' });
  }
  const paragraph = context && context.text !== undefined
    ? element('p', 'paragraph', null, highlighted(context.text, context.start, marks))
    : element('blockquote', null, attestation.quote);
  return element('article', 'source-column', null,
    element('h4', null, null, sourceLink(attestation, source)),
    element('div', 'source-meta', null, flagList(source ? source.flags : []), ' reliability ',
      reliabilityMeter(source ? source.reliability : null)),
    element('p', 'time-given', null, element('strong', null, 'Time given: '), timeGiven(attestation)),
    factuality(attestation.factuality),
    paragraph,
    ...redaction(attestation, entities));
}

function timeGiven(attestation) {
  const said = attestation.time_text ? '"' + attestation.time_text + '" = ' : '';
  const value = attestation.time_value || 'no date';
  const how = attestation.time_source === 'narrative' ? ' (from the narrative, not said in the sentence)'
    : attestation.time_basis === 'publication' ? ' (the publication date)' : '';
  return said + value + how;
}

/** How the sentence commits to the event: polarity, certainty, modal, condition, intention, who says so. */
function factuality(told) {
  if (!told) return element('p', 'factuality muted', 'no factuality recorded');
  const parts = [element('span', told.polarity === 'negative' ? 'doubt' : null, told.polarity),
    ' · ', element('span', told.certainty === 'certain' ? null : 'doubt', told.certainty)];
  if (told.modal) parts.push(' · modal "' + told.modal + '"');
  ['hypothetical', 'intended', 'generic'].filter((name) => told[name]).forEach((name) => parts.push(' · ', element('span', 'doubt', name)));
  if (told.reported_by) parts.push(' · reported by "' + told.reported_by + '"');
  return element('p', 'factuality', null, element('strong', null, 'Told as: '), ...parts);
}

function redaction(attestation, entities) {
  const mark = attestation.redacted_agent;
  if (!mark) return [];
  const note = element('p', 'redaction-note', 'A censor\'s mark "' + mark.quote + '" stands where the doer would be named.');
  if (mark.candidate) {
    const name = entities[mark.candidate] ? entities[mark.candidate].name : mark.candidate_name || mark.candidate;
    note.append(' Another source names ', link(name, 'entity', mark.candidate), ': ',
      element('q', null, mark.evidence ? mark.evidence.quote : ''));
  }
  return [note];
}

function sourceLink(quoted, source) {
  const anchor = link(sourceName(source, quoted.document), 'source', quoted.document);
  anchor.href += '?' + new URLSearchParams({ span: quoted.start + '-' + quoted.end });
  return anchor;
}

// One event: its sources side by side, each quote highlighted in its paragraph with the time that
// source gives, and the conflicts with both sides and the explanation.
import { element, heading, link, statusBadge, timeText, flagList, reliabilityMeter, sourceName } from './dom.js';
import { getJson, itemPath } from './api.js';
import { highlighted } from './highlight.js';

export async function showEvent(view, id) {
  const page = await getJson(itemPath('events', id));
  const { event, conflicts, contexts, sources, entities } = page;
  const attestations = event.attestations.map((attestation, i) => ({ attestation, context: contexts[i] }));
  view.replaceChildren(
    heading(event.summary),
    element('p', 'event-facts', null, statusBadge(event.status), ' ' + timeText(event.time), ' · ',
      ...participants(event, entities)),
    ...conflicts.map((conflict) => conflictBox(conflict, sources)),
    element('h3', null, 'Told by ' + attestations.length + (attestations.length === 1 ? ' source' : ' sources')),
    element('div', 'side-by-side', null, ...attestations.map(({ attestation, context }) =>
      sourceColumn(attestation, context, sources[attestation.document], entities))));
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
    paragraph,
    ...redaction(attestation, entities));
}

function timeGiven(attestation) {
  const said = attestation.time_text ? '"' + attestation.time_text + '" = ' : '';
  const value = attestation.time_value || 'no date';
  const how = attestation.time_source === 'narrative' ? ' (from the narrative, not said in the sentence)' : '';
  return said + value + how;
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

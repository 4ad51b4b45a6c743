// The timeline of every event, zoomable from centuries to days. vis-timeline draws; what it is
// given is only what is in view, clustered where dense (timeline-clusters.js). Vague dates are
// ranges from the earliest to the latest day; colour says the status; items are named by their
// titles, the most important stacked first and in bold. Undated events are listed in
// their own lane below; events only fiction tells are hidden until "show fiction" is ticked.
import { element, heading, link } from './dom.js';
import { getJson } from './api.js';
import { itemsInView, byImportance } from './timeline-clusters.js';

const STATUSES = ['corroborated', 'single-source', 'conflicting'];
const DAY = 24 * 60 * 60 * 1000;
const IMPORTANT = 0.6;
const UNDATED_LISTED = 500;

export async function showTimeline(view, id, parameters) {
  const data = await getJson('/api/timeline');
  const dated = data.events.filter((event) => event.earliest).map(item).sort((a, b) => a.start - b.start);
  const undated = data.events.filter((event) => !event.earliest);
  const shown = new Set(STATUSES); // the statuses ticked, and 'fiction' when fiction is shown
  const passes = (event) => shown.has(event.status) && (shown.has('fiction') || !event.fiction);
  const container = element('div', 'timeline');
  const lane = element('section', 'undated-lane');
  const items = new vis.DataSet();
  const header = heading('Timeline', 'Loading…');
  let visible = [];
  const redraw = () => {
    const window = timeline.getWindow();
    const next = itemsInView(visible, window.start.valueOf(), window.end.valueOf(), container.clientWidth);
    items.clear();
    items.add(next);
    view.dataset.drawn = String(next.length);
  };
  const refilter = () => {
    visible = dated.filter(passes);
    const listed = undated.filter(passes);
    lane.replaceChildren(...undatedLane(listed));
    const hidden = shown.has('fiction') ? 0 : data.events.filter((event) => event.fiction).length;
    header.querySelector('.subtitle').textContent = visible.length + ' dated events, ' + listed.length + ' undated'
      + (hidden ? ' (' + hidden + ' told only by fiction are hidden)' : '')
      + '. Scroll to zoom, drag to move; click an event to see its sources, "+N more" to zoom in.';
    view.dataset.undated = String(listed.length);
    redraw();
  };
  view.replaceChildren(header, legend(shown, refilter), container, lane);
  const timeline = new vis.Timeline(container, items, { ...options(dated), ...requestedWindow(parameters) });
  timeline.on('rangechanged', redraw);
  timeline.on('select', ({ items: selected }) => open(timeline, items.get(selected[0])));
  refilter();
  await new Promise((resolve) => timeline.once('changed', resolve));
  view.dataset.events = String(dated.length);
}

function open(timeline, chosen) {
  if (!chosen) return;
  if (chosen.isCluster) timeline.setWindow(chosen.start, chosen.end);
  else location.hash = '#/event/' + encodeURIComponent(chosen.id);
}

/** ?from=YYYY[-MM[-DD]]&to=... opens the timeline on that window. */
function requestedWindow(parameters) {
  const [start, end] = [Date.parse(parameters.get('from')), Date.parse(parameters.get('to'))];
  return Number.isNaN(start) || Number.isNaN(end) || start >= end ? {} : { start, end };
}

function item(event) {
  const start = Date.parse(event.earliest);
  const end = Date.parse(event.latest) + DAY;
  const vague = end - start > DAY;
  return { id: event.id, start, end: vague ? end : undefined, type: vague ? 'range' : 'point',
    status: event.status, summary: event.summary, fiction: event.fiction,
    title: event.title || event.summary, importance: event.importance || 0,
    className: 'status-' + event.status + (event.fiction ? ' fiction' : '')
      + ((event.importance || 0) >= IMPORTANT ? ' important' : '') };
}

/** The lane of undated events: a heading with their number and a link to each (the first 500). */
function undatedLane(events) {
  const entries = events.slice(0, UNDATED_LISTED).map((event) => element('li', 'status-' + event.status
    + (event.fiction ? ' fiction' : ''), null, link(event.title || event.summary, 'event', event.id)));
  const more = events.length > UNDATED_LISTED ? [element('p', 'muted', (events.length - UNDATED_LISTED) + ' more')] : [];
  return [element('h3', null, 'Undated (' + events.length + ')'), element('ul', 'undated-events', null, ...entries), ...more];
}

function options(dated) {
  const starts = dated.map((event) => event.start);
  const first = starts.length ? starts[Math.floor(starts.length * 0.05)] : Date.now() - 365 * DAY;
  const last = starts.length ? starts[Math.floor(starts.length * 0.95)] : Date.now();
  const margin = Math.max(60 * DAY, (last - first) * 0.05);
  return {
    start: first - margin, end: last + margin,
    zoomMin: DAY, zoomMax: 1000 * 365 * DAY,
    stack: true, selectable: true, showTooltips: false, height: '70vh', verticalScroll: true, orientation: { axis: 'top', item: 'top' },
    order: byImportance,
    template: (entry) => element('span', 'item-text', entry.isCluster ? clusterText(entry) : entry.title),
  };
}

function clusterText(cluster) {
  return '+' + cluster.count + ' more' + (cluster.counts.conflicting ? ' !' : '');
}

function legend(shown, changed) {
  const boxes = STATUSES.map((status) => {
    const box = element('input');
    box.type = 'checkbox';
    box.checked = true;
    box.addEventListener('change', () => {
      if (box.checked) shown.add(status); else shown.delete(status);
      changed();
    });
    return element('label', 'legend-entry status-' + status, null, box, element('span', 'swatch'), ' ' + status);
  });
  const fiction = element('input');
  fiction.type = 'checkbox';
  fiction.addEventListener('change', () => {
    if (fiction.checked) shown.add('fiction'); else shown.delete('fiction');
    changed();
  });
  const toggle = element('label', 'legend-entry fiction-toggle', null, fiction, ' show fiction');
  return element('div', 'legend', null, ...boxes, toggle);
}

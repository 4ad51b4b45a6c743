// The timeline of every event, zoomable from centuries to days. vis-timeline draws; what it is
// given is only what is in view, clustered where dense (timeline-clusters.js). Vague dates are
// ranges from the earliest to the latest day; colour says the status.
import { element, heading } from './dom.js';
import { getJson } from './api.js';
import { itemsInView } from './timeline-clusters.js';

const STATUSES = ['corroborated', 'single-source', 'conflicting'];
const DAY = 24 * 60 * 60 * 1000;

export async function showTimeline(view, id, parameters) {
  const data = await getJson('/api/timeline');
  const dated = data.events.filter((event) => event.earliest).map(item).sort((a, b) => a.start - b.start);
  const shown = new Set(STATUSES);
  const container = element('div', 'timeline');
  const items = new vis.DataSet();
  view.replaceChildren(heading('Timeline', dated.length + ' dated events, ' + (data.total - dated.length)
    + ' undated. Scroll to zoom, drag to move; click an event to see its sources, a cluster to zoom in.'),
  legend(shown, () => redraw()), container);
  const timeline = new vis.Timeline(container, items, { ...options(dated), ...requestedWindow(parameters) });
  const redraw = () => {
    const window = timeline.getWindow();
    const visible = dated.filter((event) => shown.has(event.status));
    const next = itemsInView(visible, window.start.valueOf(), window.end.valueOf(), container.clientWidth);
    items.clear();
    items.add(next);
    view.dataset.drawn = String(next.length);
  };
  timeline.on('rangechanged', redraw);
  timeline.on('select', ({ items: selected }) => open(timeline, items.get(selected[0])));
  redraw();
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
    status: event.status, summary: event.summary, className: 'status-' + event.status };
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
    template: (entry) => element('span', 'item-text', entry.isCluster ? clusterText(entry) : entry.summary),
  };
}

function clusterText(cluster) {
  return cluster.count + ' events' + (cluster.counts.conflicting ? ' !' : '');
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
  return element('div', 'legend', null, ...boxes);
}

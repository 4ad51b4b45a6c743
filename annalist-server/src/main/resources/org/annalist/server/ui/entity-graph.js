// A small graph of the entities that share events with one: the entity in the middle, the others
// on a circle, line width by the number of shared events. Plain SVG; names are text nodes.
const SVG = 'http://www.w3.org/2000/svg';
const SIZE = 420;
const RADIUS = 150;

function svg(tag, attributes) {
  const node = document.createElementNS(SVG, tag);
  Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, String(value)));
  return node;
}

export function coParticipantGraph(entity, others) {
  const graph = svg('svg', { viewBox: `-80 0 ${SIZE + 160} ${SIZE}`, class: 'graph', role: 'img' });
  graph.setAttribute('aria-label', 'Entities that take part in events with ' + entity.name);
  const centre = SIZE / 2;
  const most = Math.max(1, ...others.map((other) => other.events));
  others.forEach((other, i) => {
    const angle = (2 * Math.PI * i) / others.length - Math.PI / 2;
    const x = centre + RADIUS * Math.cos(angle);
    const y = centre + RADIUS * Math.sin(angle);
    graph.append(svg('line', { x1: centre, y1: centre, x2: x, y2: y, class: 'edge',
      'stroke-width': 1 + (5 * other.events) / most }));
    graph.append(node(other, x, y, '#/entity/' + encodeURIComponent(other.id), other.events + ' shared events'));
  });
  graph.append(node(entity, centre, centre, null, null, 'centre'));
  return graph;
}

function node(entity, x, y, href, tip, extraClass) {
  const group = href ? svg('a', { href }) : svg('g', {});
  group.append(svg('circle', { cx: x, cy: y, r: extraClass ? 12 : 8, class: 'node ' + (extraClass || '') }));
  const label = svg('text', { x, y: y - 14, 'text-anchor': 'middle', class: 'node-label' });
  label.textContent = entity.name;
  group.append(label);
  if (tip) {
    const title = svg('title', {});
    title.textContent = entity.name + ': ' + tip;
    group.append(title);
  }
  return group;
}

// Text with highlighted spans. Spans may overlap (a mention inside boilerplate): the text is cut
// at every span boundary and each piece gets the classes of all the spans covering it.
import { element } from './dom.js';

/**
 * A fragment showing `text`, which starts at offset `base` of its document, with marks. Each
 * mark: {start, end, className, title?, route?} in document offsets; a mark with a route makes
 * its pieces links to that route of this UI.
 */
export function highlighted(text, base, marks) {
  const from = base;
  const to = base + text.length;
  const inside = marks.filter((mark) => mark.end > from && mark.start < to);
  const cuts = new Set([from, to]);
  inside.forEach((mark) => {
    cuts.add(Math.max(from, mark.start));
    cuts.add(Math.min(to, mark.end));
  });
  const points = [...cuts].sort((a, b) => a - b);
  const fragment = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const covering = inside.filter((mark) => mark.start <= start && mark.end >= end);
    fragment.append(piece(text.slice(start - base, end - base), start, covering));
  }
  return fragment;
}

function piece(text, start, covering) {
  if (covering.length === 0) return document.createTextNode(text);
  const routed = covering.find((mark) => mark.route);
  const node = element(routed ? 'a' : 'mark', covering.map((mark) => mark.className).join(' '), text);
  if (routed) node.href = routed.route;
  const titles = covering.map((mark) => mark.title).filter(Boolean);
  if (titles.length) node.title = titles.join('; ');
  node.dataset.start = String(start);
  return node;
}

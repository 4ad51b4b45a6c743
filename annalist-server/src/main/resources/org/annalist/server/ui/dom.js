// Building the page. Text from the API is hostile: it only ever becomes text nodes (textContent),
// never markup; links are made here from ids, never taken from data.

/** An element with optional class and text, and children appended. */
export function element(tag, className, text, ...children) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  node.append(...children);
  return node;
}

/** A link to a page of this UI: the route's parts are encoded, so data cannot make it anything else. */
export function link(text, route, ...parts) {
  const anchor = element('a', null, text);
  anchor.href = '#/' + [route, ...parts.map((part) => encodeURIComponent(part))].join('/');
  return anchor;
}

/** A page heading with an optional subtitle. */
export function heading(title, subtitle) {
  const header = element('div', 'page-heading', null, element('h2', null, title));
  if (subtitle) header.append(element('p', 'subtitle', subtitle));
  return header;
}

export function statusBadge(status) {
  return element('span', 'badge status-' + status, status);
}

export function flagList(flags) {
  return element('span', 'flags', null, ...flags.map((flag) => element('span', 'flag', flag)));
}

/** "1941-07" or "1941-07-01 – 1941-07-31", or "undated". */
export function timeText(time) {
  if (!time) return 'undated';
  const range = time.earliest === time.latest ? time.earliest : time.earliest + ' – ' + time.latest;
  return time.value ? time.value + ' (' + range + ')' : range;
}

/** Reliability as a bar and a number, or "not weighed". */
export function reliabilityMeter(reliability) {
  if (reliability === null || reliability === undefined) return element('span', 'muted', 'not weighed');
  const meter = element('meter', 'reliability');
  meter.min = 0;
  meter.max = 1;
  meter.value = reliability;
  return element('span', 'reliability-value', null, meter, ' ' + Number(reliability).toFixed(2));
}

export function sourceName(source, id) {
  if (!source) return id.slice(0, 12);
  return source.title || source.path.split('/').pop();
}

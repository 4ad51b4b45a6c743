// "Previous / next" for paged lists: the page is kept in the route as ?offset=.
import { element } from './dom.js';

export function pager(page, route, parameters) {
  const nav = element('div', 'pager', null,
    element('span', 'muted', (page.total === 0 ? 0 : page.offset + 1) + '–' + (page.offset + page.items.length)
      + ' of ' + page.total));
  const go = (offset) => {
    const next = new URLSearchParams(parameters);
    next.set('offset', String(Math.max(0, offset)));
    return '#/' + route + '?' + next;
  };
  if (page.offset > 0) nav.prepend(pageLink('← previous', go(page.offset - page.limit)));
  if (page.offset + page.items.length < page.total) nav.append(pageLink('next →', go(page.offset + page.limit)));
  return nav;
}

function pageLink(text, href) {
  const anchor = element('a', 'page-link', text);
  anchor.href = href;
  return anchor;
}

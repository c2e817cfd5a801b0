// "Compare with…" links on an operation page: they open the comparison at the map's current place, zoom and date.

/**
 * The comparison URL for a link whose href names left and right, given the page's query string
 * (which url-sync keeps in step with the map): the page's center, zoom and date travel along,
 * the date as the left map's. Values are copied as text; the comparison page checks them.
 */
export function compareHref(href, pageSearch) {
  const url = new URL(href, 'http://placeholder.invalid');
  const page = new URLSearchParams(pageSearch);
  for (const name of ['center', 'zoom']) {
    if (page.get(name)) url.searchParams.set(name, page.get(name));
  }
  const date = (page.get('date') || '').slice(0, 10);
  if (date) url.searchParams.set('left_date', date);
  return url.pathname + url.search;
}

/** Rewrite each link's href from the current URL just before it is followed (click, middle click, keyboard). */
export function enhanceCompareLinks(root = document, location = window.location) {
  for (const link of root.querySelectorAll('a[data-role="compare-link"]')) {
    const base = link.getAttribute('href');
    const refresh = () => { link.setAttribute('href', compareHref(base, location.search)); };
    link.addEventListener('pointerdown', refresh);
    link.addEventListener('focus', refresh);
    link.addEventListener('click', refresh);
  }
}

if (typeof document !== 'undefined') enhanceCompareLinks();

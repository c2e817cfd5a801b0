// Links that carry the map's state: "Compare with…" (place, zoom, date) and the day's handout (date).

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

/** The handout link for the page's current day (a handout prints whole days). */
export function printHref(href, pageSearch) {
  const url = new URL(href, 'http://placeholder.invalid');
  const date = (new URLSearchParams(pageSearch).get('date') || '').slice(0, 10);
  if (date) url.searchParams.set('date', date);
  return url.pathname + url.search;
}

const REWRITE = { 'compare-link': compareHref, 'print-link': printHref };

/** Rewrite each link's href from the current URL just before it is followed (click, middle click, keyboard). */
export function enhanceCompareLinks(root = document, location = window.location) {
  for (const link of root.querySelectorAll('a[data-role="compare-link"], a[data-role="print-link"]')) {
    const base = link.getAttribute('href');
    const rewrite = REWRITE[link.dataset.role];
    const refresh = () => { link.setAttribute('href', rewrite(base, location.search)); };
    link.addEventListener('pointerdown', refresh);
    link.addEventListener('focus', refresh);
    link.addEventListener('click', refresh);
  }
}

if (typeof document !== 'undefined') enhanceCompareLinks();

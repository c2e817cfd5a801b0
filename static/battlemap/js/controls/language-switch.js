// The language switch (templates/battlemap/_language_switch.html): links to this page with ?lang=,
// written by the server with the query the page was opened with. The map writes its state (the
// day, the view, the point of view) into the address as the reader moves; a link followed, opened
// in a new tab or copied takes the address's query as it is then, so the page comes back in the
// other language where the reader left it.

const SWITCH_LINKS = '[data-role="language-switch"] a[hreflang]';

/** The switch's link for language `code` from the page's query `search`: the query kept, `lang` set. */
export function switchHref(search, code) {
  const params = new URLSearchParams(search);
  params.set('lang', code);
  return `?${params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':')}`;
}

/**
 * Keep the switch's links on the address's current query. Links that name another file (a static
 * export's folders per language) are left as they are.
 */
export function keepQueryInLanguageSwitch(root = document, location = window.location) {
  const refresh = (event) => {
    const link = event.target.closest?.(SWITCH_LINKS);
    if (!link || !link.getAttribute('href').startsWith('?')) return;
    link.setAttribute('href', switchHref(location.search, link.getAttribute('hreflang')));
  };
  for (const type of ['pointerdown', 'focusin', 'click', 'contextmenu']) root.addEventListener(type, refresh, true);
}

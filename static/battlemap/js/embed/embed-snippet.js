// The iframe snippet an article pastes, fixed or responsive, built as text (every value escaped).

const escapeAttribute = (value) => String(value)
  .replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The snippet for an embed URL.
 * @param {object} o {embedUrl, title, width = 800, height = 450, responsive = false, resizeScript = null}
 * Responsive keeps the width:height ratio with CSS aspect-ratio and fills its column; with
 * `resizeScript` (the site's pages/embed-resize.js) it is followed by that script, which sizes
 * the frame to the height the embed asks for at its width (without it, the ratio holds).
 */
export function iframeSnippet({ embedUrl, title, width = 800, height = 450, responsive = false, resizeScript = null }) {
  if (!(width > 0 && height > 0)) throw new RangeError(`iframeSnippet: width and height must be > 0, got ${width}x${height}`);
  const common = `src="${escapeAttribute(embedUrl)}" title="${escapeAttribute(title)}" loading="lazy" allow="fullscreen"`;
  if (responsive) {
    const frame = `<iframe ${common} style="border:0;width:100%;aspect-ratio:${width}/${height};min-height:250px"></iframe>`;
    return resizeScript ? `${frame}\n<script src="${escapeAttribute(resizeScript)}" async></script>` : frame;
  }
  return `<iframe ${common} width="${Math.round(width)}" height="${Math.round(height)}" style="border:0"></iframe>`;
}

/** The map state fields that name a view; an embed fits its ground to its frame unless they are given. */
const VIEW_FIELDS = ['center', 'zoom'];

/**
 * The embed URL for the page's current state: `embedPage` (the embed page's absolute address,
 * found from the page's own so that a copy hosted in a subfolder points at its own embed) with
 * the page's query, less the view, so the frame fits the ground to its own size. With `view`
 * ({center: [lat, lng], zoom}, the map's) the exact view is kept: the query's own if it names
 * one, else that one. With `lang` (the page's language) the embed speaks it too.
 */
export function embedUrlFor({ embedPage, search = '', view = null, lang = '' }) {
  const url = new URL(embedPage);
  const params = new URLSearchParams(search);
  const named = VIEW_FIELDS.every((name) => params.has(name));
  if (!view || !named) for (const name of VIEW_FIELDS) params.delete(name);
  if (view && !named) {
    params.set('center', `${view.center[0].toFixed(4)},${view.center[1].toFixed(4)}`);
    params.set('zoom', String(Math.round(view.zoom * 100) / 100));
  }
  if (lang) params.set('lang', lang);
  const query = params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
  url.search = query ? `?${query}` : '';
  return url.href;
}

/**
 * Where the embed of a page is, or null when it cannot be framed: `embedPath` as the page's
 * template gives it (relative to the page, in a static export), resolved against the page's own
 * address; a page opened from file:// has no address another page could frame.
 */
export function embedPageFor(embedPath, pageHref) {
  const url = new URL(embedPath, pageHref);
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}

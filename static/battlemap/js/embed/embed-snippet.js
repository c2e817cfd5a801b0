// The iframe snippet an article pastes, fixed or responsive, built as text (every value escaped).

const escapeAttribute = (value) => String(value)
  .replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The snippet for an embed URL.
 * @param {object} o {embedUrl, title, width = 800, height = 450, responsive = false}
 * Responsive keeps the width:height ratio with CSS aspect-ratio and fills its column.
 */
export function iframeSnippet({ embedUrl, title, width = 800, height = 450, responsive = false }) {
  if (!(width > 0 && height > 0)) throw new RangeError(`iframeSnippet: width and height must be > 0, got ${width}x${height}`);
  const common = `src="${escapeAttribute(embedUrl)}" title="${escapeAttribute(title)}" loading="lazy" allow="fullscreen"`;
  if (responsive) {
    return `<iframe ${common} style="border:0;width:100%;aspect-ratio:${width}/${height};min-height:250px"></iframe>`;
  }
  return `<iframe ${common} width="${Math.round(width)}" height="${Math.round(height)}" style="border:0"></iframe>`;
}

/** The embed URL for the page's current state: same query, on /embed/{slug}/. */
export function embedUrlFor({ origin, slug, search }) {
  return `${origin}/embed/${encodeURIComponent(slug)}/${search || ''}`;
}

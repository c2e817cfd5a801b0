// Which URLs from data may become links: only absolute http(s) ones; anything else stays text.
const LINKABLE_PROTOCOLS = new Set(['http:', 'https:']);

/** The URL as a string when it is an absolute http(s) URL, otherwise null (javascript:, data:, relative, junk). */
export function linkableUrl(value) {
  if (typeof value !== 'string' || !value.trim()) return null;
  let url;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  return LINKABLE_PROTOCOLS.has(url.protocol) ? url.href : null;
}

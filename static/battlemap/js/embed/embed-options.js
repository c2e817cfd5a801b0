// The embed page's own query options (beyond the map state url-state.js reads), parsed and checked.
import { gettext, interpolate } from '../core/i18n.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Each option: its default and a parser that returns the value or throws naming the fault. */
const OPTIONS = {
  autoplay: [false, (raw) => flag('autoplay', raw)],
  loop: [false, (raw) => flag('loop', raw)],
  story: [false, (raw) => flag('story', raw)],
  controls: ['full', (raw) => oneOf('controls', raw, ['full', 'minimal', 'none'])],
  theme: ['light', (raw) => oneOf('theme', raw, ['light', 'dark'])],
  from: [null, (raw) => date('from', raw)],
  to: [null, (raw) => date('to', raw)],
};

function flag(name, raw) {
  if (raw === '1' || raw === 'true') return true;
  if (raw === '0' || raw === 'false') return false;
  throw new Error(interpolate(gettext('%(name)s must be 0 or 1, got %(value)s'), { name, value: JSON.stringify(raw) }));
}

function oneOf(name, raw, allowed) {
  if (!allowed.includes(raw)) throw new Error(interpolate(gettext('%(name)s must be one of %(allowed)s, got %(value)s'), { name, allowed: allowed.join(', '), value: JSON.stringify(raw) }));
  return raw;
}

function date(name, raw) {
  if (!DATE.test(raw)) throw new Error(interpolate(gettext('%(name)s must be a YYYY-MM-DD date, got %(value)s'), { name, value: JSON.stringify(raw) }));
  return raw;
}

/** A default as a notice names it: 0 or 1, the word, or the operation's own end for from/to. */
function describeDefault(name, fallback) {
  if (typeof fallback === 'boolean') return fallback ? '1' : '0';
  if (fallback === null) return name === 'from' ? gettext("the operation's first day") : gettext("the operation's last day");
  return fallback;
}

/**
 * Read the embed options from a query string.
 * Returns {options, problems}: a bad value falls back to its default and is named in problems.
 */
export function parseEmbedOptions(search) {
  const params = new URLSearchParams(search);
  const options = {};
  const problems = [];
  for (const [name, [fallback, parse]] of Object.entries(OPTIONS)) {
    options[name] = fallback;
    if (!params.has(name)) continue;
    try {
      options[name] = parse(params.get(name));
    } catch (error) {
      problems.push(interpolate(gettext('%(problem)s; using %(default)s'), { problem: error.message, default: describeDefault(name, fallback) }));
    }
  }
  if (options.from && options.to && options.from > options.to) {
    problems.push(interpolate(gettext('from (%(from)s) is after to (%(to)s); using the whole operation'), { from: options.from, to: options.to }));
    options.from = options.to = null;
  }
  return { options, problems };
}

/** The clock's span for from/to, in the index's time; undefined ends keep the operation's own. */
export function spanOf(options, timeOf, maxTime) {
  const start = options.from ? timeOf(options.from) : 0;
  const endDay = options.to ? timeOf(options.to) : undefined;
  // `to` includes its whole day, up to 23:59 (00:00 would show the next date).
  const end = endDay === undefined ? maxTime : Math.min(maxTime, endDay + 1 - 1 / 1440);
  return { minTime: start === undefined ? 0 : start, maxTime: end };
}

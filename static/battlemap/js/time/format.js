// Text for people, with no DOM: dates and times of the clock, and sources as one line each.

// British English dates, as Intl.DateTimeFormat('en-GB') writes them in UTC, but without Intl:
// the first Intl.DateTimeFormat a page makes loads the locale data, which held up the first frame
// by 15-20 ms on a slow machine (tests/js/format.test.mjs checks these against Intl).
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

/** A UTC date as '14 May 1942'. */
export function longDate(date) {
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** A UTC date as '14 May' ('14 Sept' in September, as en-GB abbreviates it). */
export function dayAndShortMonth(date) {
  return `${date.getUTCDate()} ${SHORT_MONTHS[date.getUTCMonth()]}`;
}

/** The day of a clock time, e.g. '14 May 1942'. `index` is a TimelineIndex. */
export function describeDay(index, time) {
  return longDate(new Date(index.epochMsOf(Math.floor(time))));
}

/** Human date and time for a clock time, e.g. '14 May 1942, 06:30'. */
export function describeTime(index, time) {
  const { hhmm } = index.partsOf(time);
  return `${describeDay(index, time)}, ${hhmm}`;
}

/** A day's short label for the timeline's ticks, e.g. '14 May'. */
export function shortDay(index, day) {
  return dayAndShortMonth(new Date(index.epochMsOf(day)));
}

/** A source as one line: author (year) title pp. pages; its id when the source is unknown. */
export function formatSource(source, id) {
  if (!source) return id;
  const parts = [source.author, source.year ? `(${source.year})` : '', source.title ? `${source.title}` : '', source.pages ? `pp. ${source.pages}` : ''].filter(Boolean);
  return parts.join(' ');
}

/** A side's short name for labels: its name before any parenthesis ("Soviet Union (…)" -> "Soviet Union"). */
export function shortSideName(name) {
  return name.split(' (')[0];
}

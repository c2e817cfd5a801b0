// Text for people, with no DOM: dates and times of the clock, and sources as one line each.

const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const SHORT_DATE_FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** The day of a clock time, e.g. '14 May 1942'. `index` is a TimelineIndex. */
export function describeDay(index, time) {
  return DATE_FORMAT.format(new Date(index.epochMsOf(Math.floor(time))));
}

/** Human date and time for a clock time, e.g. '14 May 1942, 06:30'. */
export function describeTime(index, time) {
  const { hhmm } = index.partsOf(time);
  return `${describeDay(index, time)}, ${hhmm}`;
}

/** A day's short label for the timeline's ticks, e.g. '14 May'. */
export function shortDay(index, day) {
  return SHORT_DATE_FORMAT.format(new Date(index.epochMsOf(day)));
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

// Text for people, with no DOM: dates and times of the clock, and sources as one line each.
import { gettext, interpolate, language } from '../core/i18n.js';
import { dateNamesFor } from './date-names.js';

// Dates in the page's language as Intl.DateTimeFormat writes them in UTC, but without Intl (time/date-names.js says
// why; tests/js/format.test.mjs and tests/js/dates-languages.test.mjs check them against Intl).

/** A UTC date as '14 May 1942' ('14. Mai 1942', '14 травня 1942 р.', '14 мая 1942 г.'); `lang` is the page's by default. */
export function longDate(date, lang = language()) {
  const names = dateNamesFor(lang);
  return names.long(date.getUTCDate(), names.months[date.getUTCMonth()], date.getUTCFullYear());
}

/** A UTC date as '14 May' ('14 Sept' in September, as en-GB abbreviates it; '14. Mai', '14 трав.'). */
export function dayAndShortMonth(date, lang = language()) {
  const names = dateNamesFor(lang);
  return names.short(date.getUTCDate(), names.shortMonths[date.getUTCMonth()]);
}

/** The day of a clock time, e.g. '14 May 1942'. `index` is a TimelineIndex. */
export function describeDay(index, time) {
  return longDate(new Date(index.epochMsOf(Math.floor(time))));
}

/** Human date and time for a clock time, e.g. '14 May 1942, 06:30'. */
export function describeTime(index, time) {
  const { hhmm } = index.partsOf(time);
  return interpolate(gettext('%(date)s, %(time)s'), { date: describeDay(index, time), time: hhmm });
}

/** A day's short label for the timeline's ticks, e.g. '14 May'. */
export function shortDay(index, day) {
  return dayAndShortMonth(new Date(index.epochMsOf(day)));
}

/** A source as one line: author (year) title pp. pages; its id when the source is unknown. */
export function formatSource(source, id) {
  if (!source) return id;
  const parts = [source.author, source.year ? `(${source.year})` : '', source.title ? `${source.title}` : '', source.pages ? interpolate(gettext('pp. %(pages)s'), { pages: source.pages }) : ''].filter(Boolean);
  return parts.join(' ');
}

/** A side's short name for labels: its name before any parenthesis ("Soviet Union (…)" -> "Soviet Union"). */
export function shortSideName(name) {
  return name.split(' (')[0];
}

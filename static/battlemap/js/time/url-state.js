// Reading and writing the map state in the URL query; a bad field is dropped with a warning.
/** Query parameter names, one per piece of state. */
import { parsePointOfView } from '../classroom/point-of-view.js';
import { readPrintOption } from '../paper/grey-safe.js';
import { gettext, interpolate, ngettext } from '../core/i18n.js';
import { formatNumber } from '../core/number-format.js';

export const URL_FIELDS = ['date', 'center', 'zoom', 'layers', 'unit', 'speed', 'pov'];
const MIN_ZOOM = 3;
const MAX_ZOOM = 18;

/** Thrown by a field's reader that could not take the value as written but read it as `value`. */
class ReadInstead extends Error {
  constructor(message, value) {
    super(message);
    this.value = value;
  }
}

const ISO_DATE = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?$/;
// Dates typed by hand: 1942-5-24, 1942/05/24, 24.05.1942, 24/5/1942, with an optional time.
const LOOSE_YMD = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ](\d{1,2}):(\d{2}))?$/;
const LOOSE_DMY = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:[T ](\d{1,2}):(\d{2}))?$/;
const pad = (n) => String(n).padStart(2, '0');

/** [date, hhmm or null] of a date written loosely, or null. */
function looseDate(raw) {
  const ymd = LOOSE_YMD.exec(raw);
  const dmy = LOOSE_DMY.exec(raw);
  const [year, month, day, hour, minute] = ymd ? [ymd[1], ymd[2], ymd[3], ymd[4], ymd[5]] : dmy ? [dmy[3], dmy[2], dmy[1], dmy[4], dmy[5]] : [];
  if (!year) return null;
  return [`${year}-${pad(month)}-${pad(day)}`, hour === undefined ? null : `${pad(hour)}:${minute}`];
}

/**
 * The time of a `date` field: YYYY-MM-DD or YYYY-MM-DDTHH:MM; a date typed loosely is read as
 * what it says, and a date outside the operation as its nearest end (context.dates), each with
 * a warning. Throws when nothing can be read.
 */
function readDate(raw, context) {
  const strict = ISO_DATE.exec(raw);
  const [date, hhmm] = strict ? [strict[1], strict[2] || null] : looseDate(raw) || [];
  if (!date) throw new Error(gettext('expected YYYY-MM-DD or YYYY-MM-DDTHH:MM'));
  if (hhmm && !/^([01]\d|2[0-3]):[0-5]\d$/.test(hhmm)) throw new Error(gettext('time of day out of range'));
  const time = context.timeOf(date, hhmm);
  const dates = context.dates || [];
  if (time === undefined) {
    if (!dates.length || !/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) throw new Error(gettext('not a date of the operation'));
    const [first, last] = [dates[0], dates.at(-1)];
    if (date < first) throw new ReadInstead(interpolate(gettext('before the operation (%(first)s to %(last)s)'), { first, last }), context.timeOf(first, null));
    if (date > last) throw new ReadInstead(interpolate(gettext('after the operation (%(first)s to %(last)s)'), { first, last }), context.timeOf(last, null));
    throw new Error(gettext('not a date of the operation'));
  }
  if (!strict) throw new ReadInstead(interpolate(gettext('read as %(date)s'), { date: `${date}${hhmm ? `T${hhmm}` : ''}` }), time);
  return time;
}

/**
 * Parse a query string against what the operation allows:
 * context = {timeOf(date, hhmm), dates, layerNames, formationIds (Set), speeds, sides (or sideSlugs)}.
 * Returns {time?, center?: [lat, lng], zoom?, layers?, unit?, speed?, pov?}; a field that is present but
 * malformed is left out and warn(field, message, raw) is called. Never throws on bad input.
 */
export function parseUrlState(search, context, warn = (field, message) => console.warn(`battlemap: ignoring URL field '${field}': ${message}`)) {
  let params;
  try {
    params = new URLSearchParams(search);
  } catch {
    warn('query', gettext('unreadable query string'));
    return {};
  }
  const state = {};
  const read = (field, parse) => {
    if (!params.has(field)) return;
    const raw = params.get(field);
    try {
      state[field === 'date' ? 'time' : field] = parse(raw);
    } catch (error) {
      warn(field, `${JSON.stringify(raw)}: ${error.message}`, raw);
      // A value read another way (a date typed loosely, or the nearest end of the operation).
      if (error instanceof ReadInstead) state[field === 'date' ? 'time' : field] = error.value;
    }
  };

  read('date', (raw) => readDate(raw, context));
  read('center', (raw) => {
    const parts = raw.split(',');
    if (parts.length !== 2 || parts.some((p) => !/^-?\d+(\.\d+)?$/.test(p.trim()))) throw new Error(gettext('expected LAT,LNG'));
    const [lat, lng] = parts.map(Number);
    if (Math.abs(lat) > 85 || Math.abs(lng) > 180) throw new Error(gettext('out of range'));
    return [lat, lng];
  });
  read('zoom', (raw) => {
    if (!/^\d+(\.\d+)?$/.test(raw)) throw new Error(gettext('not a number'));
    const zoom = Number(raw);
    if (zoom < MIN_ZOOM || zoom > MAX_ZOOM) throw new Error(interpolate(gettext('outside %(min)s..%(max)s'), { min: MIN_ZOOM, max: MAX_ZOOM }));
    return zoom;
  });
  read('layers', (raw) => {
    const names = raw === '' ? [] : raw.split(',');
    const unknown = names.filter((name) => !context.layerNames.includes(name));
    if (unknown.length) throw new Error(interpolate(gettext('unknown layer(s) %(layers)s'), { layers: unknown.join(', ') }));
    return names;
  });
  read('unit', (raw) => {
    if (!context.formationIds.has(raw)) throw new Error(gettext('no such formation'));
    return raw;
  });
  read('speed', (raw) => {
    const speed = Number(raw);
    if (!context.speeds.includes(speed)) throw new Error(interpolate(gettext('expected one of %(values)s'), { values: context.speeds.join(', ') }));
    return speed;
  });
  const sides = context.sides || context.sideSlugs;
  if (sides) read('pov', (raw) => parsePointOfView(raw, sides));
  // Not one of URL_FIELDS: paper/grey-safe-control.js keeps it in the address itself.
  read('print', (raw) => readPrintOption(raw));
  return state;
}

/**
 * Write state as a query string (without '?'). state = {date, hhmm, center: [lat, lng], zoom,
 * layers, unit, speed}; absent fields are left out. Commas and colons stay readable.
 */
export function formatUrlState(state) {
  const parts = [];
  const add = (name, value) => parts.push(`${name}=${encodeURIComponent(value).replace(/%2C/g, ',').replace(/%3A/g, ':')}`);
  if (state.date) add('date', state.hhmm && state.hhmm !== '00:00' ? `${state.date}T${state.hhmm}` : state.date);
  if (state.center) add('center', `${state.center[0].toFixed(4)},${state.center[1].toFixed(4)}`);
  if (state.zoom !== undefined && state.zoom !== null) add('zoom', String(Math.round(state.zoom * 100) / 100));
  if (state.layers) add('layers', state.layers.join(','));
  if (state.unit) add('unit', state.unit);
  if (state.speed !== undefined && state.speed !== null) add('speed', String(state.speed));
  if (state.pov) add('pov', state.pov);
  return parts.join('&');
}

/**
 * What the map shows instead of a field it could not take, for a notice: shown = {day (as
 * text), speed, fitted (the ground fitted to the frame)}.
 */
export function shownInstead(field, shown) {
  switch (field) {
    case 'date': return interpolate(gettext('showing %(day)s'), { day: shown.day });
    case 'center': case 'zoom': return shown.fitted ? gettext('showing the whole ground, fitted to the frame') : gettext('keeping the view');
    case 'layers': return gettext('showing every layer');
    case 'unit': return gettext('no unit selected');
    case 'speed': return interpolate(ngettext('playing at %(speed)s day a second', 'playing at %(speed)s days a second', shown.speed), { speed: formatNumber(shown.speed) });
    case 'pov': return gettext('neutral symbols');
    case 'print': return gettext('the colours of the screen');
    default: return gettext('ignoring it');
  }
}

// Reading and writing the map state in the URL query; a bad field is dropped with a warning.
/** Query parameter names, one per piece of state. */
import { parsePointOfView } from '../classroom/point-of-view.js';

export const URL_FIELDS = ['date', 'center', 'zoom', 'layers', 'unit', 'speed', 'pov'];
const MIN_ZOOM = 3;
const MAX_ZOOM = 18;

/**
 * Parse a query string against what the operation allows:
 * context = {timeOf(date, hhmm), layerNames, formationIds (Set), speeds, sideSlugs}.
 * Returns {time?, center?: [lat, lng], zoom?, layers?, unit?, speed?, pov?}; a field that is present but
 * malformed is left out and warn(field, message) is called. Never throws on bad input.
 */
export function parseUrlState(search, context, warn = (field, message) => console.warn(`battlemap: ignoring URL field '${field}': ${message}`)) {
  let params;
  try {
    params = new URLSearchParams(search);
  } catch {
    warn('query', 'unreadable query string');
    return {};
  }
  const state = {};
  const read = (field, parse) => {
    if (!params.has(field)) return;
    const raw = params.get(field);
    try {
      state[field === 'date' ? 'time' : field] = parse(raw);
    } catch (error) {
      warn(field, `${JSON.stringify(raw)}: ${error.message}`);
    }
  };

  read('date', (raw) => {
    const match = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?$/.exec(raw);
    if (!match) throw new Error('expected YYYY-MM-DD or YYYY-MM-DDTHH:MM');
    if (match[2] && !/^([01]\d|2[0-3]):[0-5]\d$/.test(match[2])) throw new Error('time of day out of range');
    const time = context.timeOf(match[1], match[2] || null);
    if (time === undefined) throw new Error('date outside the operation');
    return time;
  });
  read('center', (raw) => {
    const parts = raw.split(',');
    if (parts.length !== 2 || parts.some((p) => !/^-?\d+(\.\d+)?$/.test(p.trim()))) throw new Error('expected LAT,LNG');
    const [lat, lng] = parts.map(Number);
    if (Math.abs(lat) > 85 || Math.abs(lng) > 180) throw new Error('out of range');
    return [lat, lng];
  });
  read('zoom', (raw) => {
    if (!/^\d+(\.\d+)?$/.test(raw)) throw new Error('not a number');
    const zoom = Number(raw);
    if (zoom < MIN_ZOOM || zoom > MAX_ZOOM) throw new Error(`outside ${MIN_ZOOM}..${MAX_ZOOM}`);
    return zoom;
  });
  read('layers', (raw) => {
    const names = raw === '' ? [] : raw.split(',');
    const unknown = names.filter((name) => !context.layerNames.includes(name));
    if (unknown.length) throw new Error(`unknown layer(s) ${unknown.join(', ')}`);
    return names;
  });
  read('unit', (raw) => {
    if (!context.formationIds.has(raw)) throw new Error('no such formation');
    return raw;
  });
  read('speed', (raw) => {
    const speed = Number(raw);
    if (!context.speeds.includes(speed)) throw new Error(`expected one of ${context.speeds.join(', ')}`);
    return speed;
  });
  if (context.sideSlugs) read('pov', (raw) => parsePointOfView(raw, context.sideSlugs));
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

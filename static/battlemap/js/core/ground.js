// The ground a frame should show: the operation's bbox, a from/to span's areas, or a key moment's view, as [west, south, east, north].

/** The least frame a key moment's center-and-zoom view is shown whole in (the default embed; a laptop's map is larger), in CSS pixels. */
export const REFERENCE_FRAME = [800, 450];
/** The margin around a span's areas, as a share of their size on each side. */
const SPAN_MARGIN = 0.12;
/** The least span of ground shown, in degrees of latitude, so a shrinking pocket still has its surroundings. */
const MIN_SPAN_DEGREES = 0.35;

/** The bounds of every coordinate in `geometries` (GeoJSON), or null when there is none. */
export function boundsOf(geometries) {
  let bounds = null;
  const visit = (coordinates) => {
    if (typeof coordinates[0] === 'number') {
      const [x, y] = coordinates;
      if (!bounds) bounds = [x, y, x, y];
      else bounds = [Math.min(bounds[0], x), Math.min(bounds[1], y), Math.max(bounds[2], x), Math.max(bounds[3], y)];
    } else {
      coordinates.forEach(visit);
    }
  };
  for (const geometry of geometries) if (geometry?.coordinates) visit(geometry.coordinates);
  return bounds;
}

/** `bounds` grown by `margin` of its size on each side and to at least `minSpan` degrees each way, within `limit`. */
export function padBounds([west, south, east, north], { margin = SPAN_MARGIN, minSpan = MIN_SPAN_DEGREES, limit = null } = {}) {
  const grow = (low, high) => {
    const pad = (high - low) * margin;
    let [a, b] = [low - pad, high + pad];
    if (b - a < minSpan) [a, b] = [(a + b) / 2 - minSpan / 2, (a + b) / 2 + minSpan / 2];
    return [a, b];
  };
  let [w, e] = grow(west, east);
  let [s, n] = grow(south, north);
  if (limit) [w, s, e, n] = [Math.max(w, limit[0]), Math.max(s, limit[1]), Math.min(e, limit[2]), Math.min(n, limit[3])];
  return [w, s, e, n];
}

/**
 * The ground of the days from `from` to `to` (ISO dates, either may be null for the operation's
 * own end): the union of the areas drawn over the ground on those days (every role but the first
 * painted, the held ground all else lies on: salients, pockets, contested ground), else of every
 * area of those days, else the operation's bbox; padded a little and never beyond the bbox.
 */
export function spanGround({ areasByDate, dates, from = null, to = null, roles, bbox }) {
  const days = dates.filter((date) => (!from || date >= from) && (!to || date <= to));
  const areas = days.flatMap((date) => areasByDate[date] || []);
  const focal = new Set(roles.slice(1));
  const bounds = boundsOf(areas.filter((area) => focal.has(area.role)).map((area) => area.geometry))
    || boundsOf(areas.map((area) => area.geometry));
  if (!bounds) return [...bbox];
  return padBounds(bounds, { limit: bbox });
}

const toMercatorY = (lat) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
const fromMercatorY = (y) => (360 / Math.PI) * Math.atan(Math.exp(y)) - 90;

/**
 * The ground a center-and-zoom view shows in a frame of `frame` [width, height] pixels (Web
 * Mercator, 256-pixel tiles), so that a view written for a laptop can be fitted to a phone.
 */
export function viewGround({ center: [lat, lng], zoom }, frame = REFERENCE_FRAME) {
  const worldPixels = 256 * 2 ** zoom;
  const halfLng = (frame[0] / worldPixels) * 180;
  const halfY = (frame[1] / worldPixels) * Math.PI;
  const y = toMercatorY(lat);
  return [lng - halfLng, fromMercatorY(y - halfY), lng + halfLng, fromMercatorY(y + halfY)];
}

// Spherical (Web) Mercator, as Leaflet's EPSG:3857, and the raster grid over the bbox that areas are morphed on.
export const EARTH_RADIUS_M = 6378137;
const MAX_LATITUDE = 85.0511287798;

/** [lon, lat] in degrees to [x, y] in metres, y growing north. */
export function projectLonLat(lon, lat) {
  const clampedLat = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
  const sin = Math.sin((clampedLat * Math.PI) / 180);
  return [
    (EARTH_RADIUS_M * lon * Math.PI) / 180,
    (EARTH_RADIUS_M * Math.log((1 + sin) / (1 - sin))) / 2,
  ];
}

/** [x, y] in metres back to [lon, lat] in degrees. */
export function unprojectMercator(x, y) {
  return [
    (x * 180) / Math.PI / EARTH_RADIUS_M,
    ((2 * Math.atan(Math.exp(y / EARTH_RADIUS_M)) - Math.PI / 2) * 180) / Math.PI,
  ];
}

/**
 * A grid of square cells in Mercator metres covering bbox [w, s, e, n] plus a margin.
 * Grid coordinates: gx grows east, gy grows south, (0, 0) is the north-west corner; the value of
 * cell (i, j) is sampled at its centre (i + 0.5, j + 0.5), as d3-contour expects.
 */
export function createGrid(bbox, { longSideCells = 256, marginFraction = 0.04 } = {}) {
  const [west, south, east, north] = bbox;
  const [x0, y0] = projectLonLat(west, south);
  const [x1, y1] = projectLonLat(east, north);
  const margin = Math.max(x1 - x0, y1 - y0) * marginFraction;
  const spanX = x1 - x0 + 2 * margin;
  const spanY = y1 - y0 + 2 * margin;
  const cellSize = Math.max(spanX, spanY) / longSideCells;
  const width = Math.max(2, Math.ceil(spanX / cellSize));
  const height = Math.max(2, Math.ceil(spanY / cellSize));
  return { originX: x0 - margin, originY: y1 + margin, cellSize, width, height };
}

/** Longitude/latitude to fractional grid coordinates. */
export function lonLatToGrid(grid, lon, lat) {
  const [x, y] = projectLonLat(lon, lat);
  return [(x - grid.originX) / grid.cellSize, (grid.originY - y) / grid.cellSize];
}

/** Fractional grid coordinates to longitude/latitude. */
export function gridToLonLat(grid, gx, gy) {
  return unprojectMercator(grid.originX + gx * grid.cellSize, grid.originY - gy * grid.cellSize);
}

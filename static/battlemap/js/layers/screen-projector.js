// Projects grid and lon/lat coordinates to map container pixels with one affine map, fast per frame.
import { EARTH_RADIUS_M, projectLonLat } from '../projection.js';

const L = window.L;

/** Exact for Leaflet's EPSG:3857 CRS, at any (fractional) zoom, for the map's current view. */
export function screenProjector(map, grid) {
  const scale = (256 * map.getZoomScale(map.getZoom(), 0)) / (2 * Math.PI * EARTH_RADIUS_M);
  const reference = map.latLngToContainerPoint(L.latLng(0, 0));
  const toContainer = (x, y) => [reference.x + x * scale, reference.y - y * scale];
  return {
    scale,
    fromLonLat(lon, lat) {
      const [x, y] = projectLonLat(lon, lat);
      return toContainer(x, y);
    },
    fromGrid(gx, gy) {
      return toContainer(grid.originX + gx * grid.cellSize, grid.originY - gy * grid.cellSize);
    },
    /** Pixels per grid cell at this zoom. */
    cellPixels: grid ? grid.cellSize * scale : NaN,
  };
}

// Projects grid coordinates to map container pixels with one affine map, fast enough for every frame.
import { EARTH_RADIUS_M } from '../core/projection.js';

const L = window.L;

/** Exact for Leaflet's EPSG:3857 CRS, at any (fractional) zoom, for the map's current view. */
export function screenProjector(map, grid) {
  const scale = (256 * map.getZoomScale(map.getZoom(), 0)) / (2 * Math.PI * EARTH_RADIUS_M);
  const reference = map.latLngToContainerPoint(L.latLng(0, 0));
  return {
    fromGrid(gx, gy) {
      return [reference.x + (grid.originX + gx * grid.cellSize) * scale, reference.y - (grid.originY - gy * grid.cellSize) * scale];
    },
  };
}

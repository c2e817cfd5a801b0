// The base maps: none (the flat backdrop, which works offline) or one of the configured tile layers; the areas are opaque over the backdrop and blend over tiles.
import { gettext } from '../core/i18n.js';

const L = window.L;

/**
 * Add the base maps to `map`, the backdrop shown: tiles are [{name, url, attribution}] (the
 * options' tile_layers); areas is the AreaLayer told which backdrop it lies on. Returns
 * {baseLayers: {name: layer} for the layers control, tileLayers: Map 'tiles-<i>' -> layer for the URL}.
 */
export function addBaseLayers(map, { tiles = [], areas, backdrop }) {
  const offline = gettext('No base map (offline)');
  const baseLayers = { [offline]: L.layerGroup() };
  const tileLayers = new Map();
  tiles.forEach((tile, i) => {
    const layer = L.tileLayer(tile.url, { attribution: tile.attribution, maxZoom: 18 });
    baseLayers[tile.name] = layer;
    tileLayers.set(`tiles-${i}`, layer);
  });
  baseLayers[offline].addTo(map);
  const shown = [...tileLayers.values()];
  map.on('layeradd layerremove', ({ layer }) => {
    if (shown.includes(layer)) areas.setBackdrop(shown.some((tile) => map.hasLayer(tile)) ? null : backdrop);
  });
  return { baseLayers, tileLayers };
}

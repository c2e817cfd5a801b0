// A click on the ground says how it is known (issue #26): the side and role of the area under it that
// day, its basis and what it rests on, in a tooltip (text, never markup). Follows the map's clock.
import { areaAt, basisOf, howWeKnowLine } from '../core/basis.js';
import { shortSideName } from '../time/format.js';

const L = window.L;

export const AreaBasisLayer = L.Layer.extend({
  options: {
    index: null,
    /** The areas' canvas layer: the ground speaks only while it is shown. */
    areas: null,
  },

  initialize(options) {
    L.setOptions(this, options);
  },

  onAdd(map) {
    map.on('click', this._show, this);
    map.on('movestart zoomstart', this._hide, this);
  },

  onRemove(map) {
    map.off('click', this._show, this);
    map.off('movestart zoomstart', this._hide, this);
    this._hide();
  },

  _show(event) {
    this._hide();
    const map = this._map;
    const { index, areas } = this.options;
    const clock = map?.options.clock;
    if (!map || !clock || (areas && !map.hasLayer(areas))) return;
    const date = index.dates[Math.floor(clock.time)];
    const area = areaAt(index.timeline.areas?.[date], event.latlng.lng, event.latlng.lat, index.areaRoles);
    if (!area) return;
    const side = index.sideBySlug.get(area.side);
    const content = document.createElement('span');
    const title = document.createElement('strong');
    title.textContent = `${side ? shortSideName(side.name) : area.side}: ${area.role}`;
    const known = document.createElement('span');
    known.className = `bm-basis bm-basis--${basisOf(area)}`;
    known.textContent = howWeKnowLine(area, index.sources);
    content.append(title, document.createElement('br'), known);
    this._tooltip = L.tooltip({ direction: 'top', className: 'bm-area-basis' })
      .setLatLng(event.latlng).setContent(content).openOn(map);
  },

  _hide() {
    this._tooltip?.remove();
    this._tooltip = null;
  },
});

export function areaBasisLayer(options) {
  return new AreaBasisLayer(options);
}

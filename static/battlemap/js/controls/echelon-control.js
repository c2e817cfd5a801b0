// A small map control choosing which echelons of units are drawn, so the map stays uncluttered.
import { gettext } from '../core/i18n.js';
const L = window.L;

const CHOICES = () => [
  ['auto', gettext('Units: by zoom')],
  ['army', gettext('Armies and up')],
  ['corps', gettext('Corps and up')],
  ['division', gettext('Divisions and up')],
  ['regiment', gettext('All units')],
];

export const EchelonControl = L.Control.extend({
  options: { position: 'topright', unitLayer: null },

  onAdd() {
    const container = L.DomUtil.create('div', 'bm-echelon leaflet-bar');
    L.DomEvent.disableClickPropagation(container);
    const select = L.DomUtil.create('select', '', container);
    select.setAttribute('aria-label', gettext('Which unit echelons to show'));
    for (const [value, text] of CHOICES()) {
      const option = L.DomUtil.create('option', '', select);
      option.value = value;
      option.textContent = text;
    }
    select.value = this.options.unitLayer.options.minEchelon;
    L.DomEvent.on(select, 'change', () => this.options.unitLayer.setMinEchelon(select.value));
    this._select = select;
    return container;
  },
});

export function echelonControl(options) {
  return new EchelonControl(options);
}

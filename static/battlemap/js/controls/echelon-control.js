// A small map control choosing which echelons of units are drawn, so the map stays uncluttered.
const L = window.L;

const CHOICES = [
  ['auto', 'Units: by zoom'],
  ['army', 'Armies and up'],
  ['corps', 'Corps and up'],
  ['division', 'Divisions and up'],
  ['regiment', 'All units'],
];

export const EchelonControl = L.Control.extend({
  options: { position: 'topright', unitLayer: null },

  onAdd() {
    const container = L.DomUtil.create('div', 'bm-echelon leaflet-bar');
    L.DomEvent.disableClickPropagation(container);
    const select = L.DomUtil.create('select', '', container);
    select.setAttribute('aria-label', 'Which unit echelons to show');
    for (const [value, text] of CHOICES) {
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

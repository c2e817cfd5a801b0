// A map control choosing whose point of view the unit symbols take: neutral, or one side's (friend and hostile frames).
import { shortSideName } from '../time/format.js';

const L = window.L;

export const PointOfViewControl = L.Control.extend({
  options: { position: 'topright', sides: [], value: null, onChange: null },

  onAdd() {
    const container = L.DomUtil.create('div', 'bm-echelon bm-pov leaflet-bar');
    L.DomEvent.disableClickPropagation(container);
    const select = L.DomUtil.create('select', '', container);
    select.setAttribute('aria-label', "Whose point of view the unit symbols take");
    const choices = [['', 'Symbols: neutral'], ...this.options.sides.map((side) => [side.slug, `Symbols: ${shortSideName(side.name)} view`])];
    for (const [value, text] of choices) {
      const option = L.DomUtil.create('option', '', select);
      option.value = value;
      option.textContent = text;
    }
    select.value = this.options.value || '';
    L.DomEvent.on(select, 'change', () => this.options.onChange?.(select.value || null));
    this._select = select;
    return container;
  },

  /** Show `value` (a side's slug or null) without firing onChange. */
  setValue(value) {
    if (this._select) this._select.value = value || '';
  },
});

export function pointOfViewControl(options) {
  return new PointOfViewControl(options);
}

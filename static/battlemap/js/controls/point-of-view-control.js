// A map control choosing whose point of view the unit symbols take (neutral, or one side's friend and hostile frames), and the legend that shows them.
import { shortSideName } from '../time/format.js';
import { legendControl } from './legend-control.js';
import { gettext, interpolate } from '../core/i18n.js';

const L = window.L;

export const PointOfViewControl = L.Control.extend({
  options: {
    position: 'topright',
    /** Sides [{slug, name, colour}]. */
    sides: [],
    /** The SymbolCache whose point of view this sets; its legend draws from it too. */
    symbols: null,
    /** Called with a side's slug or null when the reader picks a point of view (not when it is set). */
    onChange: null,
  },

  onAdd(map) {
    // Folded at every size: nothing covers the map unless the reader asks (one click opens it).
    this._legend = legendControl({ sides: this.options.sides, symbols: this.options.symbols, collapsed: true }).addTo(map);
    const container = L.DomUtil.create('div', 'bm-echelon bm-pov leaflet-bar');
    L.DomEvent.disableClickPropagation(container);
    const select = L.DomUtil.create('select', '', container);
    select.setAttribute('aria-label', gettext('Whose point of view the unit symbols take'));
    const choices = [['', gettext('Symbols: neutral')], ...this.options.sides.map((side) => [side.slug, interpolate(gettext('Symbols: %(side)s view'), { side: shortSideName(side.name) })])];
    for (const [value, text] of choices) {
      const option = L.DomUtil.create('option', '', select);
      option.value = value;
      option.textContent = text;
    }
    select.value = this.get() || '';
    L.DomEvent.on(select, 'change', () => {
      this.set(select.value || null);
      this.options.onChange?.(select.value || null);
    });
    this._select = select;
    return container;
  },

  onRemove() {
    this._legend.remove();
    this._legend = null;
    this._select = null;
  },

  /** The legend this control keeps (a menu may fold it away with the other controls). */
  legend() {
    return this._legend;
  },

  /** The point of view: a side's slug, or null for neutral. */
  get() {
    return this.options.symbols.pointOfView;
  },

  /** Take a side's point of view (null: neutral): the symbols, the choice shown and the legend follow. */
  set(side) {
    const { symbols } = this.options;
    if ((side || null) === symbols.pointOfView) return;
    symbols.setPointOfView(side);
    if (this._select) this._select.value = side || '';
    // The legend's symbols are drawn when it is built: draw them again, in the same box.
    this._legend?.refresh();
  },
});

export function pointOfViewControl(options) {
  return new PointOfViewControl(options);
}

// The legend: what the colours, hatching, line styles, symbols and certainty styles mean.
import { shortSideName } from '../time/format.js';
import { gettext, interpolate } from '../core/i18n.js';

const L = window.L;

export const LegendControl = L.Control.extend({
  options: {
    position: 'bottomright',
    /** Sides [{slug, name, colour}]. */
    sides: [],
    /** SymbolCache to draw example symbols. */
    symbols: null,
    /** Start folded on small screens. */
    collapsed: false,
  },

  onAdd() {
    const container = L.DomUtil.create('details', 'bm-legend leaflet-bar');
    container.open = !this.options.collapsed;
    L.DomEvent.disableClickPropagation(container);
    L.DomEvent.disableScrollPropagation(container);
    const summary = L.DomUtil.create('summary', 'bm-legend__summary', container);
    summary.textContent = gettext('Legend');
    this._list = L.DomUtil.create('ul', 'bm-legend__list', container);
    // The grey-safe look (paper/grey-safe-control.js listens): sides by lightness and hatching.
    const choice = L.DomUtil.create('label', 'bm-legend__paper', container);
    const box = L.DomUtil.create('input', '', choice);
    box.type = 'checkbox';
    box.dataset.role = 'grey-safe';
    box.checked = document.documentElement.dataset.bmPaper === 'grey';
    L.DomUtil.create('span', '', choice).textContent = gettext('Grey-safe (for a photocopier)');
    this._onPaper = (event) => { this._paper = event.detail; this.refresh(); };
    document.addEventListener('bm-paper', this._onPaper);
    this.refresh();
    return container;
  },

  onRemove() {
    document.removeEventListener('bm-paper', this._onPaper);
    this._list = null;
  },

  /** Draw the legend's rows again in the same box (the symbols' point of view changed), open or folded as it was. */
  refresh() {
    const list = this._list;
    list.replaceChildren();
    const row = (swatchClass, text, style = '') => {
      const item = L.DomUtil.create('li', '', list);
      const swatch = L.DomUtil.create('span', `bm-legend__swatch ${swatchClass}`, item);
      swatch.style.cssText = style; // CSSOM, which the Content-Security-Policy allows; a style attribute it would not
      L.DomUtil.create('span', '', item).textContent = text;
      return swatch;
    };
    // An infantry and an armoured unit, framed as the point of view frames that side's units.
    const examples = ['SFGPUCI----E---', 'SFGPUCA----E---'];
    const view = this.options.symbols?.pointOfView;
    this.options.sides.forEach((side, i) => {
      // Short labels (the side's name before any parenthesis); the full name is the side's heading's tooltip.
      const name = shortSideName(side.name);
      const heading = L.DomUtil.create('li', 'bm-legend__side', list);
      heading.textContent = name;
      heading.title = side.name;
      const paper = this._paper?.get(side.slug);
      if (paper) {
        row(`bm-legend__swatch--paper${paper.hatch ? ' bm-legend__swatch--hatched' : ''}`, gettext('held ground'), `--swatch:${paper.ground};--hatch:${paper.hatch || 'transparent'}`);
        row('bm-legend__swatch--paper bm-legend__swatch--crossed', gettext('pocket (encircled)'), `--swatch:${paper.pocket};--hatch:${paper.pocketHatch}`);
        row('bm-legend__swatch--paper-arrow', gettext('attack or movement'), `--swatch:${paper.ink};--dash:${paper.dash.length ? 'dashed' : 'solid'}`);
      } else {
        row('bm-legend__swatch--held', gettext('held ground'), `--swatch:${side.colour}`);
        row('bm-legend__swatch--salient', gettext('salient'), `--swatch:${side.colour}`);
      }
      if (this.options.symbols) {
        const item = L.DomUtil.create('li', '', list);
        const image = L.DomUtil.create('img', 'bm-legend__symbol', item);
        image.alt = '';
        image.src = this.options.symbols.dataUrl(examples[i % 2], 18, side.colour, 'engaged', side.slug);
        const framed = !view ? gettext('same frame for every side') : side.slug === view ? gettext('friend frame') : gettext('hostile frame');
        L.DomUtil.create('span', '', item).textContent = interpolate(gettext('unit (APP-6, %(frame)s)'), { frame: framed });
      }
    });
    row('bm-legend__swatch--pocket', gettext('Pocket (encircled), hatched and pulsing'));
    row('bm-legend__swatch--contested', gettext('Contested'));
    row('bm-legend__swatch--front', gettext('Front line (dashed where probable or approximate)'));
    row('bm-legend__swatch--probable', gettext('Probable: dashed outline'));
    row('bm-legend__swatch--approximate', gettext('Approximate: faded, dotted'));
    row('bm-legend__swatch--place-approximate', gettext('Place whose position is approximate: dashed ring'));
    // The region beyond the operation's ground (layers/context-ground.js): a pale line, as it is drawn.
    row('bm-legend__swatch--context', gettext('Beyond the operation: rivers, railways, towns'), 'height:0;border:0;border-top:1.5px solid #94b6d3');
    row('bm-legend__swatch--arrow', gettext('Attack (grows day by day)'));
    row('bm-legend__swatch--withdrawal', gettext('Withdrawal, breakout, relief'));
    row('bm-legend__swatch--event', gettext('Event of the day'));
    row('bm-legend__swatch--derived', gettext('Derived or inferred (not stated in a source): units fainter, events ringed broken; click the ground to see how it is known'));
    row('bm-legend__swatch--destroyed', gettext('Unit destroyed (×), encircled (yellow frame)'));
  },
});

export function legendControl(options) {
  return new LegendControl(options);
}

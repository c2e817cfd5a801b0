// One menu button in place of the map's controls in a small frame: they fold into a sheet over the map, the legend with them.
import { gettext } from '../core/i18n.js';
const L = window.L;

/** The frames whose controls fold into the menu: narrower than about 480 px or no higher than 300 px (the CSS says the same). */
export const SMALL_FRAME_QUERY = '(max-width: 479px), (max-height: 300px)';

export const MenuControl = L.Control.extend({
  options: {
    position: 'topright',
    /** The controls that fold into the menu, in the order its sheet shows them. */
    controls: [],
    /** Controls whose box opens in the sheet (a <details>: the legend). */
    openInSheet: [],
    /** The media query under which the controls fold. */
    query: SMALL_FRAME_QUERY,
  },

  onAdd(map) {
    const container = L.DomUtil.create('div', 'bm-menu leaflet-control');
    const button = L.DomUtil.create('button', 'bm-menu__button', container);
    button.type = 'button';
    button.setAttribute('aria-label', gettext('Map options and legend'));
    button.setAttribute('aria-expanded', 'false');
    button.title = gettext('Layers, units, symbols and legend');
    // Three bars, drawn as DOM nodes (no markup written as HTML).
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('viewBox', '0 0 20 20');
    svg.setAttribute('aria-hidden', 'true');
    for (const y of [3, 9, 15]) {
      const bar = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
      for (const [name, value] of [['x', 1], ['y', y], ['width', 18], ['height', 2.5], ['rx', 1]]) bar.setAttribute(name, String(value));
      svg.appendChild(bar);
    }
    button.appendChild(svg);
    const sheet = L.DomUtil.create('section', 'bm-menu__sheet', map.getContainer());
    sheet.id = `bm-menu-sheet-${L.Util.stamp(this)}`;
    sheet.hidden = true;
    sheet.setAttribute('aria-label', gettext('Map options and legend'));
    button.setAttribute('aria-controls', sheet.id);
    const close = L.DomUtil.create('button', 'bm-menu__close', sheet);
    close.type = 'button';
    close.textContent = gettext('Close');
    L.DomUtil.create('h2', 'bm-menu__title', sheet).textContent = gettext('Map options');
    this._body = L.DomUtil.create('div', 'bm-menu__body', sheet);
    L.DomEvent.disableClickPropagation(sheet);
    L.DomEvent.disableScrollPropagation(sheet);
    L.DomEvent.disableClickPropagation(container);
    L.DomEvent.on(button, 'click', () => this.toggle());
    L.DomEvent.on(close, 'click', () => { this.close(); button.focus(); });
    L.DomEvent.on(sheet, 'keydown', (e) => {
      if (e.key === 'Escape') { this.close(); button.focus(); }
    });
    Object.assign(this, { _container: container, _button: button, _sheet: sheet, _homes: new Map() });
    this._media = window.matchMedia(this.options.query);
    this._onMedia = () => this._fold(this._media.matches);
    this._media.addEventListener('change', this._onMedia);
    this._fold(this._media.matches);
    return container;
  },

  onRemove() {
    this._media.removeEventListener('change', this._onMedia);
    this._fold(false);
    this._sheet.remove();
  },

  isOpen() {
    return !this._sheet.hidden;
  },

  open() {
    this._sheet.hidden = false;
    this._button.setAttribute('aria-expanded', 'true');
    this._body.querySelector('select, input, summary, button')?.focus({ preventScroll: true });
  },

  close() {
    this._sheet.hidden = true;
    this._button.setAttribute('aria-expanded', 'false');
  },

  toggle() {
    if (this.isOpen()) this.close();
    else this.open();
  },

  /** Fold one more control (added to the map after the menu) with the others. */
  addControl(control) {
    this.options.controls = [...this.options.controls, control];
    if (this._media) this._fold(this._media.matches);
    return this;
  },

  /** Small: the controls go into the sheet and the button shows; large: each goes back to its corner. */
  _fold(small) {
    this._container.hidden = !small;
    if (!small) this.close();
    for (const control of this.options.controls) {
      const element = control.getContainer();
      if (!element) continue;
      if (small) {
        if (element.parentNode !== this._body) this._homes.set(control, element.parentNode);
        this._body.appendChild(element);
        if (this.options.openInSheet.includes(control)) element.open = true;
        continue;
      }
      if (element.parentNode !== this._body) continue;
      if (this.options.openInSheet.includes(control)) element.open = false;
      // Back where Leaflet puts a control: the top of a bottom corner, the end of a top one.
      const corner = this._homes.get(control);
      if (control.getPosition().startsWith('bottom')) corner.insertBefore(element, corner.firstChild);
      else corner.appendChild(element);
    }
  },
});

export function menuControl(options) {
  return new MenuControl(options);
}

// The switch between the places' names as in the operation's year and as they are today: a pair of
// buttons on the map, kept in the address as `?names=today`; the place layer draws the chosen name.
import { gettext } from '../core/i18n.js';
import { modeLabels, NAME_MODES, nameModeFrom, searchWithNameMode } from '../layers/place-names.js';

const L = window.L;

export const PlaceNameSwitch = L.Control.extend({
  options: { position: 'topleft', placeLayer: null, startDate: '', location: window.location, history: window.history },

  onAdd() {
    const { placeLayer, startDate, location } = this.options;
    const root = L.DomUtil.create('div', 'leaflet-bar bm-name-switch');
    root.setAttribute('role', 'group');
    root.setAttribute('aria-label', gettext('Place names'));
    const labels = modeLabels(startDate, gettext);
    this._buttons = new Map();
    for (const mode of NAME_MODES) {
      const button = L.DomUtil.create('button', 'bm-name-switch__button', root);
      button.type = 'button';
      button.dataset.names = mode;
      button.textContent = labels[mode];
      button.addEventListener('click', () => this.set(mode, true));
      this._buttons.set(mode, button);
    }
    L.DomEvent.disableClickPropagation(root);
    this._placeLayer = placeLayer;
    this.set(nameModeFrom(location.search), false);
    return root;
  },

  /** Show `mode`'s names; `remember` writes it into the address. */
  set(mode, remember) {
    this.mode = mode;
    this._placeLayer?.setNameMode(mode);
    for (const [each, button] of this._buttons) button.setAttribute('aria-pressed', String(each === mode));
    if (remember) {
      const { location, history } = this.options;
      history.replaceState(history.state, '', `${location.pathname}${searchWithNameMode(location.search, mode)}${location.hash}`);
    }
    this._map?.fire('bm-names', { mode });
  },
});

export function placeNameSwitch(options) {
  return new PlaceNameSwitch(options);
}

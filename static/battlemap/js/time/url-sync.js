// Keeps the URL in step with the map: replaceState while scrubbing, playing or panning, pushState on discrete steps.
import { URL_FIELDS, formatUrlState, parseUrlState } from './url-state.js';
import { PLAY_SPEEDS } from './clock.js';

const REPLACE_INTERVAL_MS = 300;

export class UrlSync {
  /**
   * layers: Map of URL name -> Leaflet layer (overlays and tile base layers); unitLayer: the
   * UnitLayer whose selection is state too.
   */
  constructor({ clock, map, index, layers, unitLayer, pointOfView = null, groundFit = null, history = window.history, location = window.location }) {
    // pointOfView: {get() -> side slug or null, set(slug or null)}, the symbols' point of view;
    // groundFit: {fitted, refit()}: while the map shows the ground fitted to its frame, the
    // address names no view, so that it opens fitted to whatever frame it is opened in.
    Object.assign(this, { clock, map, index, layers, unitLayer, pointOfView, groundFit, history, location });
    this._applying = false;
    this._replaceTimer = null;
    /** The fields of the last address parsed that could not be taken as written: [{field, raw, message}]. */
    this.problems = [];
  }

  parse(search = this.location.search) {
    this.problems = [];
    const warn = (field, message, raw) => {
      console.warn(`battlemap: ignoring URL field '${field}': ${message}`);
      // The message opens with the value as JSON; the notice names the value itself.
      this.problems.push({ field, raw, message: raw === undefined ? message : message.slice(JSON.stringify(raw).length + 2) });
    };
    return parseUrlState(search, {
      timeOf: (date, hhmm) => this.index.timeOf(date, hhmm),
      dates: this.index.dates,
      layerNames: [...this.layers.keys()],
      formationIds: new Set(this.index.formationById.keys()),
      speeds: PLAY_SPEEDS,
      sides: this.pointOfView ? this.index.sides : null,
    }, warn);
  }

  currentState() {
    const { date, hhmm } = this.index.partsOf(this.clock.time);
    const center = this.map.getCenter();
    const pinned = !this.groundFit?.fitted;
    return {
      date,
      hhmm,
      center: pinned ? [center.lat, center.lng] : null,
      zoom: pinned ? this.map.getZoom() : null,
      layers: [...this.layers].filter(([, layer]) => this.map.hasLayer(layer)).map(([name]) => name),
      unit: this.unitLayer.selected,
      speed: this.clock.speed,
      pov: this.pointOfView ? this.pointOfView.get() : null,
    };
  }

  /** Apply a parsed state; fields left out keep their current value. */
  apply(state) {
    this._applying = true;
    try {
      if (state.speed !== undefined) this.clock.setSpeed(state.speed);
      if (state.time !== undefined) {
        this.clock.jumpTo(state.time, 'restore');
      }
      if (state.center || state.zoom !== undefined) {
        this.map.setView(state.center || this.map.getCenter(), state.zoom ?? this.map.getZoom(), { animate: false });
      } else if (this.groundFit && !this.groundFit.fitted) {
        // An address with no view (Back to where the map was fitted): fit the ground again.
        this.groundFit.refit();
      }
      if (state.layers) {
        for (const [name, layer] of this.layers) {
          const wanted = state.layers.includes(name);
          if (wanted && !this.map.hasLayer(layer)) this.map.addLayer(layer);
          if (!wanted && this.map.hasLayer(layer)) this.map.removeLayer(layer);
        }
      }
      if (state.unit !== undefined) this.unitLayer.select(state.unit, 'restore');
      if (this.pointOfView && state.pov !== undefined) this.pointOfView.set(state.pov);
    } finally {
      this._applying = false;
    }
  }

  /** The query for the current state; parameters that are not ours (e.g. embed=1) are kept. */
  _query() {
    const foreign = new URLSearchParams(this.location.search);
    for (const field of URL_FIELDS) foreign.delete(field);
    const theirs = foreign.toString();
    return `?${theirs ? `${theirs}&` : ''}${formatUrlState(this.currentState())}`;
  }

  /** Write the state now: 'push' adds a history entry (if anything changed), 'replace' does not. */
  write(mode) {
    if (this._applying) return;
    clearTimeout(this._replaceTimer);
    this._replaceTimer = null;
    const query = this._query();
    if (query === this.location.search) return;
    const url = `${this.location.pathname}${query}${this.location.hash}`;
    if (mode === 'push') this.history.pushState(null, '', url);
    else this.history.replaceState(null, '', url);
  }

  /** Replace the state soon, at most a few times a second, for continuous changes. */
  writeSoon() {
    if (this._applying || this._replaceTimer !== null) return;
    this._replaceTimer = setTimeout(() => {
      this._replaceTimer = null;
      this.write('replace');
    }, REPLACE_INTERVAL_MS);
  }

  /**
   * Follow the state from now on. The address is not written here: the page writes the state it
   * starts in once its first frame is on screen (replaceState costs a round trip to the browser).
   */
  start() {
    this.clock.on('timechange', ({ cause }) => {
      if (cause === 'step' || cause === 'jump') this.write('push');
      else if (cause !== 'restore') this.writeSoon();
    });
    this.clock.on('pause', () => this.write('push'));
    this.clock.on('speedchange', () => this.writeSoon());
    this.map.on('moveend', () => this.writeSoon());
    this.map.on('overlayadd overlayremove baselayerchange', () => this.write('push'));
    this.unitLayer.on('unitselect', ({ cause }) => cause !== 'restore' && this.write('push'));
    window.addEventListener('popstate', () => this.apply(this.parse()));
  }
}

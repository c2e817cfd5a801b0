// Presentation mode: full screen, projector drawing, the key moments stepped with a clicker, a large caption, a blank screen.
import { ease, nextMoment, overlaysFor, presenterAction, previousMoment } from './key-moments.js';
import { formatSource } from '../time/format.js';
import { gettext, interpolate, ngettext } from '../core/i18n.js';
import { formatNumber } from '../core/number-format.js';
import { markTextLanguage } from '../core/text-language.js';

/** How long the map flies and the clock runs between two moments, in ms. */
const FLIGHT_MS = 1800;

export class Presentation {
  /**
   * map, clock, index; groundFit: the map's GroundFit, which shows a moment's view fitted to the
   * frame; moments: the key moments with `at`; overlays: Map name -> Leaflet layer;
   * elements: {caption, counter, title, text, sources, blank, exit}; reducedMotion: jump instead of
   * flying; location and history: where ?mode=present is kept.
   */
  constructor({ map, clock, index, groundFit, moments, overlays, elements, reducedMotion = false,
                location = window.location, history = window.history, doc = document }) {
    Object.assign(this, { map, clock, index, groundFit, moments, overlays, elements, reducedMotion, location, history, doc });
    this.presenting = false;
    this.current = null;
    this.blanked = false;
    this._animation = null;
    this._listeners = new Set();
    this._onKey = this._onKey.bind(this);
    doc.addEventListener('keydown', this._onKey);
    elements.exit?.addEventListener('click', () => this.leave());
    // A reader scrubbing or playing leaves the moment: the next step starts from the clock.
    clock.on('timechange', ({ cause }) => {
      if (cause !== 'moment' && !this._animation && !this._quiet) this.current = null;
    });
  }

  /** Call `listener({presenting, current})` whenever either changes. */
  onChange(listener) {
    this._listeners.add(listener);
  }

  _changed() {
    for (const listener of this._listeners) listener({ presenting: this.presenting, current: this.current });
  }

  _onKey(event) {
    const target = event.target;
    // Typing in a field (the share dialog, a select) is never a presenter's key.
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    const action = presenterAction(event, { presenting: this.presenting });
    if (!action) return;
    // The timeline keeps its own keys; F, which it does not use, presents from there too.
    if (!this.presenting && action.type !== 'enter' && target?.closest?.('#battlemap-timeline')) return;
    event.preventDefault();
    if (action.type === 'enter') this.enter();
    else if (action.type === 'leave') this.leave();
    else if (action.type === 'blank') this.toggleBlank();
    else if (this.blanked) this.toggleBlank();
    else if (action.type === 'next') this.goTo(nextMoment(this.moments, this.clock.time, this.current));
    else if (action.type === 'previous') this.goTo(previousMoment(this.moments, this.clock.time, this.current));
    else if (action.type === 'first') this.goTo(0);
    else if (action.type === 'last') this.goTo(this.moments.length - 1);
    else if (action.type === 'goto' && action.index < this.moments.length) this.goTo(action.index);
  }

  enter() {
    if (this.presenting) return;
    this.presenting = true;
    this.doc.body.classList.add('bm-presenting');
    this.map.options.projector = true;
    this._setModeInUrl(true);
    const root = this.doc.documentElement;
    // Full screen when the browser allows it (only from a user's key or click: not on a page opened
    // with ?mode=present, where F11 does it); the layout works without.
    const gesture = navigator.userActivation ? navigator.userActivation.isActive : true;
    if (gesture && root.requestFullscreen && !this.doc.fullscreenElement) root.requestFullscreen().catch(() => {});
    this.elements.caption.hidden = false;
    // Nothing covers the projected map unless asked: the legend folds (one click opens it).
    for (const legend of this.doc.querySelectorAll('details.bm-legend')) legend.open = false;
    this._afterLayout();
    if (this.current === null && this.moments.length) this.goTo(nextMoment(this.moments, this.clock.time - 1e-3, null), { instant: true });
    else this._showCaption();
    this._changed();
  }

  leave() {
    if (!this.presenting) return;
    this.presenting = false;
    this._stopAnimation();
    if (this.blanked) this.toggleBlank();
    this.doc.body.classList.remove('bm-presenting');
    this.map.options.projector = false;
    this._setModeInUrl(false);
    if (this.doc.fullscreenElement && this.doc.exitFullscreen) this.doc.exitFullscreen().catch(() => {});
    this.elements.caption.hidden = true;
    this._afterLayout();
    this._changed();
  }

  toggle() {
    if (this.presenting) this.leave();
    else this.enter();
  }

  toggleBlank() {
    this.blanked = !this.blanked;
    this.elements.blank.hidden = !this.blanked;
    this.doc.body.classList.toggle('bm-blanked', this.blanked);
  }

  /** Step to moment `i`: fly to its view and run the clock to its time (at once with reduced motion). */
  goTo(i, { instant = false } = {}) {
    const moment = this.moments[i];
    if (!moment) return;
    this._stopAnimation();
    this.clock.pause();
    this.current = i;
    this._showLayers(moment);
    this._showCaption();
    this._changed();
    const jump = instant || this.reducedMotion;
    this._fly(moment.view, jump);
    if (jump) {
      this.clock.setTime(moment.at, 'moment');
      this._announce('step');
      return;
    }
    const from = this.clock.time;
    const started = performance.now();
    const frame = (now) => {
      const progress = Math.min(1, (now - started) / FLIGHT_MS);
      this.clock.setTime(from + (moment.at - from) * ease(progress), 'moment');
      if (progress < 1) this._animation = requestAnimationFrame(frame);
      else {
        this._animation = null;
        // A discrete step for the URL and the history, once the moment is reached.
        this._announce('step');
      }
    };
    this._animation = requestAnimationFrame(frame);
  }

  /** Tell the clock's listeners the time again, as `cause` ('step': the URL records it; 'restore': a redraw only). */
  _announce(cause) {
    this._quiet = true;
    try {
      this.clock.announce(cause);
    } finally {
      this._quiet = false;
    }
  }

  _stopAnimation() {
    if (this._animation) cancelAnimationFrame(this._animation);
    this._animation = null;
  }

  /** To the moment's view, kept fitted to the frame as it is resized (a phone turned, the panel shown). */
  _fly(view, jump) {
    if (!view) return;
    const ground = view.bounds
      ? { bbox: [view.bounds[0][1], view.bounds[0][0], view.bounds[1][1], view.bounds[1][0]], padding: 24 }
      : { center: view.center, zoom: view.zoom };
    this.groundFit.show(ground, { animate: !jump, duration: FLIGHT_MS / 1000 });
  }

  _showLayers(moment) {
    const names = [...this.overlays.keys()];
    const shown = new Set(overlaysFor(moment, names));
    for (const [name, layer] of this.overlays) {
      if (shown.has(name) && !this.map.hasLayer(layer)) this.map.addLayer(layer);
      if (!shown.has(name) && this.map.hasLayer(layer)) this.map.removeLayer(layer);
    }
  }

  _showCaption() {
    const { counter, title, text, sources } = this.elements;
    const moment = this.moments[this.current];
    if (!moment) {
      counter.textContent = interpolate(ngettext('%(count)s key moment: PageDown or → for the first', '%(count)s key moments: PageDown or → for the first', this.moments.length), { count: formatNumber(this.moments.length) });
      markTextLanguage(title, this.index.operation, 'name').textContent = this.index.operation.name;
      text.textContent = '';
      sources.textContent = '';
      return;
    }
    counter.textContent = interpolate(gettext('%(number)s / %(count)s'), { number: this.current + 1, count: this.moments.length });
    markTextLanguage(title, moment, 'title').textContent = moment.title;
    markTextLanguage(text, moment, 'caption').textContent = moment.caption;
    sources.textContent = moment.sources.length
      ? interpolate(gettext('Sources: %(sources)s'), { sources: moment.sources.map((id) => formatSource(this.index.sources[id], id)).join('; ') })
      : '';
  }

  /** The map's frame changed size (panels hidden or shown, full screen): the map measures its box
   * again by itself (create-map.js followContainerSize); say the state is restored. */
  _afterLayout() {
    this._announce('restore');
  }

  _setModeInUrl(on) {
    const params = new URLSearchParams(this.location.search);
    if (on) params.set('mode', 'present');
    else params.delete('mode');
    const query = params.toString();
    this.history.replaceState(this.history.state, '', `${this.location.pathname}${query ? `?${query}` : ''}${this.location.hash}`);
  }
}

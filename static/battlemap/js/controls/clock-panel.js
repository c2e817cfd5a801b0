// Base of the panels beside the map that follow the clock: they find it on the map when added and let go when removed.

/**
 * Like a Leaflet layer finding its time source (Leaflet.TimeDimension): `addTo(map)` takes the
 * clock from the map's `clock` option, subscribes to the events `clockEvents()` names, calls
 * `onAdd(map)` and renders; `remove()` undoes exactly that.
 */
/** How often a panel follows the playing clock while the map sheds work. */
export const SHEDDING_PANEL_INTERVAL_MS = 150;

/**
 * `handler` for 'timechange', called at most every SHEDDING_PANEL_INTERVAL_MS for play while
 * detail is not full; the last change skipped is shown when the interval is over, so the panel
 * never stays behind the clock.
 */
function whileShedding(handler, detail) {
  let last = -Infinity;
  let trailing = null;
  let pending = null;
  return (event) => {
    if (event.cause !== 'play' || detail.level === 'full') {
      pending = null;
      handler(event);
      return;
    }
    const now = performance.now();
    if (now - last >= SHEDDING_PANEL_INTERVAL_MS) {
      last = now;
      pending = null;
      handler(event);
      return;
    }
    pending = event;
    trailing ??= setTimeout(() => {
      trailing = null;
      if (!pending) return;
      last = performance.now();
      const skipped = pending;
      pending = null;
      handler(skipped);
    }, SHEDDING_PANEL_INTERVAL_MS - (now - last));
  };
}

export class ClockPanel {
  /** The clock events this panel follows, and the method each calls (default: render on timechange). */
  clockEvents() {
    return { timechange: this.render };
  }

  addTo(map) {
    const clock = map.options.clock;
    if (!clock) throw new Error(`${this.constructor.name}: the map has no 'clock' option to follow`);
    if (this._map) this.remove();
    this.clock = clock;
    this._map = map;
    const events = this.clockEvents();
    this._clockHandlers = Object.entries(events).map(([type, method]) => [type, method.bind(this)]);
    const detail = map.options.detail;
    if (detail) {
      // While the map plays with less detail, a panel follows the clock a few times a second,
      // and once more when it stops.
      this._clockHandlers = this._clockHandlers.map(([type, handler]) => [type, type === 'timechange' ? whileShedding(handler, detail) : handler]);
      if (!events.pause) this._clockHandlers.push(['pause', () => this.render()]);
    }
    for (const [type, handler] of this._clockHandlers) clock.on(type, handler);
    this.onAdd(map);
    this.render();
    return this;
  }

  remove() {
    if (!this._map) return this;
    for (const [type, handler] of this._clockHandlers) this.clock.off(type, handler);
    this._clockHandlers = [];
    this.onRemove(this._map);
    this._map = null;
    return this;
  }

  /** Subclasses set up what needs the clock here. */
  onAdd() {}

  /** Subclasses undo onAdd here. */
  onRemove() {}

  render() {}
}

// Base of the panels beside the map that follow the clock: they find it on the map when added and let go when removed.

/**
 * Like a Leaflet layer finding its time source (Leaflet.TimeDimension): `addTo(map)` takes the
 * clock from the map's `clock` option, subscribes to the events `clockEvents()` names, calls
 * `onAdd(map)` and renders; `remove()` undoes exactly that.
 */
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
    this._clockHandlers = Object.entries(this.clockEvents()).map(([type, method]) => [type, method.bind(this)]);
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

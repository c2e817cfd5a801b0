// What the area morph and the front morph share: the answer for a time, the last whole one kept, and the one stand-in while a field is missing.

export class DayMorph {
  /** store: the FieldStore whose fields, windows and blend the morph draws on. */
  constructor({ store }) {
    this.store = store;
    this.days = store.days;
    this._last = { time: NaN, generation: -1, value: null };
    this._missing = false;
    /** Whether the last answer had every field it needed (else it showed the nearer day). */
    this.complete = true;
  }

  get grid() {
    return this.days.grid;
  }

  /** The morph at a time (a float of days): what `_morphBetween(span)` draws. */
  at(time) {
    const { generation } = this.store;
    if (time === this._last.time && generation === this._last.generation) {
      this.complete = true;
      return this._last.value;
    }
    this._missing = false;
    const value = this._morphBetween(this.days.span(time));
    this.complete = !this._missing;
    // Only a whole answer is kept: the next frame asks again, and gets the morph once the fields
    // are in.
    this._last = this.complete ? { time, generation, value } : { time: NaN, generation: -1, value: null };
    return value;
  }

  /**
   * Do the one-off work for the morph from a day to the next (fields, cell windows) ahead of
   * time, so that crossing it later costs only the per-frame part; what was drawn is untouched.
   */
  prepareDay(dayIndex) {
    this.store.prepareDay(dayIndex);
    const midday = this.days.span(dayIndex + 0.5);
    this._prepareWindows(midday);
    // The first day prepared also runs its morph once (the answer is dropped), so that the code
    // is compiled and its buffers made before the first frame of Play needs them: without it that
    // frame took 200 ms on a CPU slowed 4 times.
    if (!this._warmed) {
      this._warmed = true;
      this._morphBetween(midday);
    }
  }

  /**
   * The stand-in while a field the morph needs is still being built elsewhere (it has been
   * asked for): the nearer of the two days' forms, so that nothing pops; the answer is marked
   * incomplete and not kept.
   */
  _nearerDay(fraction, before, after) {
    this._missing = true;
    return fraction < 0.5 ? before : after;
  }

  _morphBetween(span) {
    throw new Error(`${this.constructor.name} must define _morphBetween(span)`);
  }

  _prepareWindows(span) {
    throw new Error(`${this.constructor.name} must define _prepareWindows(span)`);
  }
}

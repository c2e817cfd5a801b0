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
    // The days whose morph to the next is prepared (prepareDay), and whether the code has run once.
    this._preparedDays = new Set();
    this._warmed = false;
  }

  get grid() {
    return this.days.grid;
  }

  /**
   * The morph at a time (a float of days): what `_morphBetween(span)` draws. With preparedOnly
   * (the map playing), a time in a day not prepared yet gets the nearer whole day instead, marked
   * incomplete: the morph's one-off work for a day (its cell windows, its first contour) is then
   * done in idle time, not in a frame.
   */
  at(time, { preparedOnly = false } = {}) {
    const { generation } = this.store;
    if (time === this._last.time && generation === this._last.generation) {
      this.complete = true;
      return this._last.value;
    }
    const span = this.days.span(time);
    if (preparedOnly && span.fraction > 0 && !this._preparedDays.has(span.from)) {
      this.complete = false;
      return this._morphBetween(this.days.span(span.fraction < 0.5 ? span.from : span.to));
    }
    this._missing = false;
    const value = this._morphBetween(span);
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
    this._prepareWindows(this.days.span(dayIndex + 0.5));
    this._preparedDays.add(dayIndex);
  }

  /** Whether the morph from day `dayIndex` to the next is prepared. */
  isPrepared(dayIndex) {
    return this._preparedDays.has(dayIndex);
  }

  /**
   * Run a prepared day's morph once (the answer is dropped), the first time only, so that the
   * code is compiled and its buffers made before a frame needs them: without it the first frame
   * of Play took 200 ms on a CPU slowed 4 times. A step of its own for the preparer.
   */
  warmUp(dayIndex) {
    if (this._warmed || !this._preparedDays.has(dayIndex)) return;
    this._warmed = true;
    this._morphBetween(this.days.span(dayIndex + 0.5));
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

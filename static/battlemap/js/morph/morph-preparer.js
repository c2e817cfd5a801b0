// Prepares the morph ahead of the clock: distance fields from the field worker (or in idle time where no worker can start), then each day's cell windows in idle time.

/** Fields posted to the worker and not yet back: enough to keep it busy, few enough that an urgent one is not queued behind many. */
const IN_FLIGHT = 2;
/** Idle time (ms) a step may start in: a field takes a few ms, one morph's day up to ~10. */
const FIELD_STEP_MS = 4;
const DAY_STEP_MS = 12;

function idleCallback() {
  if (typeof requestIdleCallback === 'function') return (work) => requestIdleCallback(work, { timeout: 500 });
  return (work) => setTimeout(() => work({ timeRemaining: () => 8, didTimeout: false }), 16);
}

export class MorphPreparer {
  /**
   * store: the FieldStore; morphs: the morphs drawing on it (the area and front morphs), whose
   * cell windows are prepared with the fields; workerUrl: field-worker.js's URL, or null to build in idle time on the
   * page; onFields: called when fields arrive (redraw what waited for them); onDone: called
   * once the days around the start are prepared (every day, without keepDays); busy: whether
   * the map is animating (playing), when no step is forced even after a timeout. keepDays: with
   * the worker, keep only the fields of the days this many either side of the current span (the
   * clock's moves are passed to follow()), building the others again as the time comes near
   * them; null keeps every field. createWorker and requestIdle are injectable for tests.
   */
  constructor({ store, morphs = [], workerUrl = null, keepDays = null, onFields = () => {}, onDone = () => {}, busy = () => false, createWorker = (url) => new Worker(url, { type: 'module' }), requestIdle = idleCallback() }) {
    this.store = store;
    this.morphs = morphs;
    this.keepDays = keepDays;
    this._day = null; // the day the window of kept fields is around
    this._keep = null; // the signatures of the fields kept, when only some are
    this._preparedDays = new Set();
    // Days part-prepared: day -> how many of the morphs have prepared it.
    this._morphsDone = new Map();
    this._done = false;
    this.onFields = onFields;
    this.onDone = onDone;
    this._busy = busy;
    this._requestIdle = requestIdle;
    this._queue = []; // shapes waiting to be posted, most urgent first
    this._queued = new Set(); // their signatures, and those in flight
    this._inFlight = 0;
    this._worker = null;
    this.mode = 'idle';
    if (workerUrl && typeof Worker === 'function') {
      try {
        this._worker = createWorker(workerUrl);
        this.mode = 'worker';
      } catch (error) {
        console.warn(`battlemap: the field worker did not start (${error.message}); preparing the morph in idle time`);
      }
    }
    if (this._worker) {
      store.buildFields = false;
      store.onFieldWanted = (shape) => this._want(shape, true);
      this._worker.onmessage = ({ data }) => this._received(data);
      // A worker that cannot load (a page opened from file://, a policy) fails here, not above.
      this._worker.onerror = (event) => {
        event.preventDefault?.();
        this._fallBackToIdle(event.message || 'it failed to load');
      };
    }
  }

  /** Start with the days nearest `fromDay`. */
  start(fromDay) {
    this._started = true;
    if (this.mode === 'worker') {
      this.follow(fromDay);
    } else {
      this._days = this._daysNearest(fromDay, 0, this.store.days.dayCount - 1);
      this._prepareInIdleTime();
    }
  }

  /**
   * The clock is at `time`: with keepDays, let go of the fields of days away from it and ask the
   * worker for those near it, nearest (and the way ahead) first.
   */
  follow(time) {
    if (this.mode !== 'worker' || !this._started) return;
    const last = this.store.days.dayCount - 1;
    const day = Math.min(last, Math.max(0, Math.floor(time)));
    if (day === this._day || (this.keepDays === null && this._day !== null)) return;
    this._day = day;
    const [firstKept, lastKept] = this.keepDays === null ? [0, last] : [day - this.keepDays, day + 1 + this.keepDays];
    if (this.keepDays !== null) {
      this.store.releaseFieldsOutside(firstKept, lastKept);
      this._keep = this.store.fieldSignaturesOfDays(firstKept, lastKept);
      this._queue = this._queue.filter((shape) => this._keep.has(shape.signature) || !this._queued.delete(shape.signature));
    }
    // Each day prepared is the morph from it to the next: the last day kept is only its end.
    this._days = this._daysNearest(day + 0.5, Math.max(0, firstKept), Math.min(last, this.keepDays === null ? last : lastKept - 1));
    for (const near of this._daysNearest(day + 0.5, Math.max(0, firstKept), Math.min(last, lastKept))) {
      for (const shape of this.store.shapesWithoutFields(near)) this._want(shape, false);
    }
    this._pump();
  }

  /** The days first..last, nearest `time` first (ties: the earlier). */
  _daysNearest(time, first, last) {
    const days = [];
    for (let day = first; day <= last; day++) days.push(day);
    return days.sort((a, b) => Math.abs(a - time) - Math.abs(b - time) || a - b);
  }

  _want(shape, urgent) {
    if (this.mode !== 'worker') return;
    if (this._queued.has(shape.signature)) {
      if (urgent) {
        const at = this._queue.indexOf(shape);
        if (at > 0) this._queue.unshift(...this._queue.splice(at, 1));
      }
      return;
    }
    this._queued.add(shape.signature);
    if (urgent) this._queue.unshift(shape);
    else this._queue.push(shape);
    this._pump();
  }

  _pump() {
    const { width, height } = this.store.grid;
    while (this._inFlight < IN_FLIGHT && this._queue.length) {
      const shape = this._queue.shift();
      this._inFlight++;
      this._worker.postMessage({ signature: shape.signature, polygons: this.store.days.vectorPolygonsOf(shape), width, height });
    }
    if (this._days && this._inFlight === 0 && this._queue.length === 0) this._prepareDaysInIdleTime();
  }

  _received({ signature, field, vanishOffset, error }) {
    this._inFlight--;
    this._queued.delete(signature);
    if (error) {
      this._fallBackToIdle(error);
      return;
    }
    // A field whose days the clock has left while it was built is not kept.
    if (!this._keep || this._keep.has(signature)) {
      this.store.acceptField(signature, field, vanishOffset);
      this.onFields();
    }
    this._pump();
  }

  _fallBackToIdle(reason) {
    if (this.mode !== 'worker') return;
    console.warn(`battlemap: the field worker stopped (${reason}); preparing the morph in idle time`);
    this.mode = 'idle';
    this._worker.terminate();
    // Built on this thread, a field is built once and kept.
    this.keepDays = null;
    this._keep = null;
    if (this._days) this._days = this._daysNearest(this._day ?? 0, 0, this.store.days.dayCount - 1);
    this.store.buildFields = true;
    this.store.onFieldWanted = null;
    this._queue = [];
    this.onFields();
    if (this._days) this._prepareInIdleTime();
  }

  /** Without a worker: every field and day in idle moments, a field or so at a time. */
  _prepareInIdleTime() {
    const { store, morphs, _days: days } = this;
    const steps = (function* allSteps() {
      for (const day of days) {
        yield* store.preparationSteps(day);
        for (const morph of morphs) morph.prepareDay(day);
      }
    }());
    const work = (deadline) => {
      let done = false;
      // A browser may give no idle period for a long while (Chromium after a key press): on a
      // timeout one step runs anyway, a few ms every half second.
      if (deadline.didTimeout && !this._busy()) done = steps.next().done;
      while (!done && deadline.timeRemaining() > FIELD_STEP_MS && !(done = steps.next().done));
      if (done) this._finish();
      else this._requestIdle(work);
    };
    this._requestIdle(work);
  }

  /** With the fields in: each day's cell windows, a day at a time when there is room. */
  _prepareDaysInIdleTime() {
    if (this._preparingDays) return;
    this._preparingDays = true;
    // The days to prepare are read afresh at each step: the clock may have moved the window.
    const next = () => this._days.find((day) => !this._preparedDays.has(day));
    // One morph at a time (the areas', then the front's), then each one's first run of its code
    // (warmUp), so that no step is a long task on a slow device; the day is prepared when every
    // morph has done it.
    const steps = this.morphs.length * 2;
    const prepare = (day) => {
      const done = this._morphsDone.get(day) ?? 0;
      if (done < this.morphs.length) this.morphs[done].prepareDay(day);
      else this.morphs[done - this.morphs.length]?.warmUp?.(day);
      if (done + 1 >= steps) {
        this._morphsDone.delete(day);
        this._preparedDays.add(day);
      } else {
        this._morphsDone.set(day, done + 1);
      }
    };
    const work = (deadline) => {
      let day = next();
      // On a timeout (no idle period for half a second: Chromium after a key press) one day runs
      // anyway, unless the map is playing: then a frame that crosses into a day not yet prepared
      // does that day itself, and the rest waits.
      if (deadline.didTimeout && day !== undefined && !this._busy()) {
        prepare(day);
        day = next();
      }
      while (day !== undefined && deadline.timeRemaining() > DAY_STEP_MS) {
        prepare(day);
        day = next();
      }
      if (day !== undefined) {
        this._requestIdle(work);
        return;
      }
      this._preparingDays = false;
      // Keeping every field, the worker has nothing left to do; keeping some, it builds on.
      if (this.keepDays === null) this._worker?.terminate();
      this._finish();
    };
    this._requestIdle(work);
  }

  _finish() {
    if (this._done) return;
    this._done = true;
    this.onDone();
  }
}

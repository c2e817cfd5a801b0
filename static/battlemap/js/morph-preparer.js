// Prepares the morph ahead of the clock: distance fields from the field worker (or in idle time where no worker can start), then each day's contours in idle time.

/** Fields posted to the worker and not yet back: enough to keep it busy, few enough that an urgent one is not queued behind many. */
const IN_FLIGHT = 2;
/** Idle time (ms) a step may start in: a field takes a few ms, a day's contours up to ~15. */
const FIELD_STEP_MS = 4;
const DAY_STEP_MS = 12;

function idleCallback() {
  if (typeof requestIdleCallback === 'function') return (work) => requestIdleCallback(work, { timeout: 500 });
  return (work) => setTimeout(() => work({ timeRemaining: () => 8, didTimeout: false }), 16);
}

export class MorphPreparer {
  /**
   * morph: the AreaMorph; workerUrl: field-worker.js's URL, or null to build in idle time on the
   * page; onFields: called when fields arrive (redraw what waited for them); onDone: called
   * once every day is prepared; busy: whether the map is animating (playing), when no step is
   * forced even after a timeout. createWorker and requestIdle are injectable for tests.
   */
  constructor({ morph, workerUrl = null, onFields = () => {}, onDone = () => {}, busy = () => false, createWorker = (url) => new Worker(url, { type: 'module' }), requestIdle = idleCallback() }) {
    this.morph = morph;
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
      morph.buildFields = false;
      morph.onFieldWanted = (shape) => this._want(shape, true);
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
    this._days = [...Array(this.morph.dayCount).keys()].sort((a, b) => Math.abs(a - fromDay) - Math.abs(b - fromDay) || a - b);
    if (this.mode === 'worker') {
      for (const day of this._days) for (const shape of this.morph.shapesWithoutFields(day)) this._want(shape, false);
      this._pump();
    } else {
      this._prepareInIdleTime();
    }
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
    const { width, height } = this.morph.grid;
    while (this._inFlight < IN_FLIGHT && this._queue.length) {
      const shape = this._queue.shift();
      this._inFlight++;
      this._worker.postMessage({ signature: shape.signature, polygons: this.morph.vectorPolygonsOf(shape), width, height });
    }
    if (this._days && this._inFlight === 0 && this._queue.length === 0) this._prepareDaysInIdleTime();
  }

  _received({ signature, field, vanishOffset, error }) {
    this._inFlight--;
    if (error) {
      this._fallBackToIdle(error);
      return;
    }
    this.morph.acceptField(signature, field, vanishOffset);
    this.onFields();
    this._pump();
  }

  _fallBackToIdle(reason) {
    if (this.mode !== 'worker') return;
    console.warn(`battlemap: the field worker stopped (${reason}); preparing the morph in idle time`);
    this.mode = 'idle';
    this._worker.terminate();
    this.morph.buildFields = true;
    this.morph.onFieldWanted = null;
    this._queue = [];
    this.onFields();
    if (this._days) this._prepareInIdleTime();
  }

  /** Without a worker: every field and day in idle moments, a field or so at a time. */
  _prepareInIdleTime() {
    const { morph, _days: days } = this;
    const steps = (function* allSteps() {
      for (const day of days) yield* morph.preparationSteps(day);
    }());
    const work = (deadline) => {
      let done = false;
      // A browser may give no idle period for a long while (Chromium after a key press): on a
      // timeout one step runs anyway, a few ms every half second.
      if (deadline.didTimeout && !this._busy()) done = steps.next().done;
      while (!done && deadline.timeRemaining() > FIELD_STEP_MS && !(done = steps.next().done));
      if (done) this.onDone();
      else this._requestIdle(work);
    };
    this._requestIdle(work);
  }

  /** With every field in: each day's windows and contours, a day at a time when there is room. */
  _prepareDaysInIdleTime() {
    if (this._preparingDays) return;
    this._preparingDays = true;
    const days = [...this._days];
    const work = (deadline) => {
      // On a timeout (no idle period for half a second: Chromium after a key press) one day runs
      // anyway, unless the map is playing: then a frame that crosses into a day not yet prepared
      // does that day itself, and the rest waits.
      if (deadline.didTimeout && days.length && !this._busy()) this.morph.prepareDay(days.shift());
      while (days.length && deadline.timeRemaining() > DAY_STEP_MS) this.morph.prepareDay(days.shift());
      if (days.length) this._requestIdle(work);
      else {
        this._worker?.terminate();
        this.onDone();
      }
    };
    this._requestIdle(work);
  }
}

// The embed's date-changed reports to the host: at most a few a second while the clock runs, and always one when it stops.

/** The least time between two reports, in ms: about four a second. */
export const REPORT_INTERVAL_MS = 250;

/**
 * Throttles the reports of a changing date: the first change is sent at once, later ones at most
 * every `interval` ms with the latest value (never a stale one), a repeat of what was last sent is
 * dropped, and `stopped()` sends the final value at once. Timers are injected so tests drive them.
 */
export class DateReporter {
  constructor({ send, interval = REPORT_INTERVAL_MS, now = () => Date.now(),
                setTimer = (fn, ms) => setTimeout(fn, ms), clearTimer = (id) => clearTimeout(id) }) {
    Object.assign(this, { send, interval, now, setTimer, clearTimer });
    this._lastKey = null;
    this._lastAt = -Infinity;
    this._pending = null;
    this._timer = null;
  }

  /** The date shown changed to `message`; `key` tells two dates apart (the date and the minute). */
  update(key, message) {
    if (key === this._lastKey) {
      this._cancel();
      return;
    }
    const wait = this._lastAt + this.interval - this.now();
    if (wait <= 0) {
      this._cancel();
      this._send(key, message);
      return;
    }
    this._pending = { key, message };
    if (this._timer === null) this._timer = this.setTimer(() => this._flush(), wait);
  }

  /** The clock stopped on `message`: report it now, even if it was the last one sent. */
  stopped(key, message) {
    this._cancel();
    this._send(key, message);
  }

  _flush() {
    this._timer = null;
    const pending = this._pending;
    this._pending = null;
    if (pending && pending.key !== this._lastKey) this._send(pending.key, pending.message);
  }

  _cancel() {
    if (this._timer !== null) this.clearTimer(this._timer);
    this._timer = null;
    this._pending = null;
  }

  _send(key, message) {
    this._lastKey = key;
    this._lastAt = this.now();
    this.send(message);
  }
}

// How much the map draws while it plays: it watches the frames, sheds work when they come late (steps of shape, fewer labels, then whole days), and says so.
import { Emitter } from '../core/emitter.js';
import { DetailGovernor } from '../time/detail-governor.js';

/**
 * Frames not judged when playing starts: the first frames of a play do one-off work (the first
 * morph of a day, a script the page loads then) that says nothing of the device.
 */
export const FRAMES_NOT_JUDGED = 8;

/**
 * The map's detail level (`level`: 'full', 'light' or 'days'), on the map as its `detail` option:
 * the shared canvases and the panels read it while the clock plays. While playing it times the
 * animation frames and lets a DetailGovernor drop the level when they come late; at 'days' the
 * clock plays by whole days. `fullDetail()` is the reader's way back, after which it sheds
 * nothing more by itself. The page's root carries the level as data-battlemap-detail.
 *
 * Events: 'change' {level, cause} with cause 'frames' (late frames), 'reader' or 'step-by-day'.
 */
export class DrawingDetail extends Emitter {
  constructor({ clock, governor = new DetailGovernor(), requestFrame = (callback) => requestAnimationFrame(callback),
    root = document.documentElement } = {}) {
    super();
    if (!clock) throw new Error('DrawingDetail: a clock is required');
    this.clock = clock;
    this.governor = governor;
    this.auto = true;
    this._requestFrame = requestFrame;
    this._root = root;
    this._previousFrameAt = null;
    this._onFrame = this._onFrame.bind(this);
    clock.on('play', () => this._watch());
    clock.on('pause', () => { this._previousFrameAt = null; governor.forgetFrames(); });
    this._show();
  }

  get level() {
    return this.governor.level;
  }

  /** Back to full detail, gliding, and no more shedding this visit: the reader asked. */
  fullDetail() {
    this.auto = false;
    this.governor.reset();
    this.clock.setStepByDay(false);
    this._changed('reader');
  }

  /** The reader's Step by day: playing steps whole days (on), or glides in full detail again (off). */
  setStepByDay(on) {
    if (!on) return this.fullDetail();
    this.clock.setStepByDay(true);
    return undefined;
  }

  _watch() {
    if (!this.auto) return;
    this._previousFrameAt = null;
    this._framesToSkip = FRAMES_NOT_JUDGED;
    this._requestFrame(this._onFrame);
  }

  _onFrame(timestamp) {
    if (!this.clock.playing || !this.auto) return;
    if (this._framesToSkip > 0) {
      this._framesToSkip--;
    } else if (this._previousFrameAt !== null) {
      const dropped = this.governor.sample(timestamp - this._previousFrameAt);
      if (dropped) {
        if (dropped === 'days') this.clock.setStepByDay(true);
        this._changed('frames');
      }
    }
    this._previousFrameAt = timestamp;
    this._requestFrame(this._onFrame);
  }

  _changed(cause) {
    this._show();
    this.fire('change', { level: this.level, cause });
  }

  _show() {
    if (this._root) this._root.dataset.battlemapDetail = this.level;
  }
}

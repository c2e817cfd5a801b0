// The operation clock: current time in days since the first date, play/pause, speed; fires 'timechange'.
import { Emitter } from '../core/emitter.js';

/** Play speeds offered to the user, in days of operation per second of wall time. */
export const PLAY_SPEEDS = [0.25, 0.5, 1, 2, 4];

/**
 * Time is a float: 0 is 00:00 on the first date, 1 is 00:00 on the second, and so on.
 * Events: 'timechange' {time, cause}, 'play', 'pause', 'speedchange' {speed},
 * 'playmodechange' {stepByDay}.
 * cause is one of 'play', 'scrub', 'step', 'jump', 'restore' so listeners (the URL) can tell a
 * continuous change from a discrete one.
 */
export class Clock extends Emitter {
  constructor({
    maxTime,
    speed = 1,
    reducedMotion = false,
    now = () => performance.now(),
    requestFrame = (callback) => requestAnimationFrame(callback),
    cancelFrame = (handle) => cancelAnimationFrame(handle),
  }) {
    super();
    if (!(maxTime >= 0)) throw new RangeError(`Clock: maxTime must be a number >= 0, got ${maxTime}`);
    this.minTime = 0;
    this.maxTime = maxTime;
    this.time = 0;
    this.speed = speed;
    this.playing = false;
    // When motion is reduced, playing steps a whole day at a time instead of gliding.
    this.reducedMotion = reducedMotion;
    // The reader's (or a slow device's) choice to play by whole days: see setStepByDay.
    this.stepByDay = false;
    this._now = now;
    this._requestFrame = requestFrame;
    this._cancelFrame = cancelFrame;
    this._frameHandle = null;
    this._lastFrameAt = null;
    this._onFrame = this._onFrame.bind(this);
  }

  clamp(time) {
    return Math.min(this.maxTime, Math.max(this.minTime, time));
  }

  setTime(time, cause = 'jump') {
    if (!Number.isFinite(time)) throw new RangeError(`Clock.setTime: not a finite time: ${time}`);
    const clamped = this.clamp(time);
    if (clamped === this.time) return this;
    this.time = clamped;
    this.fire('timechange', { time: clamped, cause });
    return this;
  }

  /**
   * Narrow (or widen) the times the clock may take to minTime..maxTime, e.g. an embed's from/to
   * span; the current time is brought inside it ('restore').
   */
  setSpan(minTime, maxTime) {
    if (!(Number.isFinite(minTime) && Number.isFinite(maxTime) && minTime <= maxTime)) {
      throw new RangeError(`Clock.setSpan: expected finite minTime <= maxTime, got ${minTime}, ${maxTime}`);
    }
    this.minTime = minTime;
    this.maxTime = maxTime;
    return this.setTime(this.time, 'restore');
  }

  /**
   * Tell the listeners the current time again, with `cause` ('step': the URL records it;
   * 'restore': a redraw only), without changing it.
   */
  announce(cause = 'restore') {
    this.fire('timechange', { time: this.time, cause });
    return this;
  }

  /** Jump to a time the reader chose (an event, a day in a chart): stop playing, then go there. */
  jumpTo(time, cause = 'jump') {
    this.pause();
    return this.setTime(time, cause);
  }

  /**
   * The time to draw for a clock time (default: now): with reduced motion, whole days only, so
   * that everything steps instead of morphing and gliding.
   */
  displayTime(time = this.time) {
    return this.reducedMotion ? Math.floor(time) : time;
  }

  /** Step whole days: from 14:00 one step forward lands on 00:00 the next day, one back on 00:00 today. */
  stepDays(days, cause = 'step') {
    const day = Math.floor(this.time + 1e-9);
    const onBoundary = Math.abs(this.time - day) < 1e-9;
    const target = days > 0 ? day + days : (onBoundary ? day + days : day + days + 1);
    return this.setTime(target, cause);
  }

  /** Whether playing steps whole days (with reduced motion, or when asked) rather than gliding. */
  get playsByDay() {
    return this.reducedMotion || this.stepByDay;
  }

  /** Play by whole days (true) or glide (false); fires 'playmodechange' {stepByDay} when it changes. */
  setStepByDay(on) {
    const stepByDay = Boolean(on);
    if (stepByDay === this.stepByDay) return this;
    this.stepByDay = stepByDay;
    this._stepCarry = 0;
    this.fire('playmodechange', { stepByDay });
    return this;
  }

  setSpeed(speed) {
    if (!(speed > 0)) throw new RangeError(`Clock.setSpeed: speed must be > 0, got ${speed}`);
    if (speed === this.speed) return this;
    this.speed = speed;
    this.fire('speedchange', { speed });
    return this;
  }

  play() {
    if (this.playing) return this;
    if (this.time >= this.maxTime) this.setTime(this.minTime, 'step');
    this.playing = true;
    this._lastFrameAt = this._now();
    this._stepCarry = 0;
    this._frameHandle = this._requestFrame(this._onFrame);
    this.fire('play');
    return this;
  }

  pause() {
    if (!this.playing) return this;
    this.playing = false;
    if (this._frameHandle !== null) this._cancelFrame(this._frameHandle);
    this._frameHandle = null;
    this.fire('pause');
    return this;
  }

  toggle() {
    return this.playing ? this.pause() : this.play();
  }

  _onFrame() {
    if (!this.playing) return;
    const now = this._now();
    // Cap the step so a background tab coming back does not leap across the operation.
    const elapsedSeconds = Math.min(0.25, Math.max(0, (now - this._lastFrameAt) / 1000));
    this._lastFrameAt = now;
    if (this.playsByDay) {
      this._stepCarry += elapsedSeconds * this.speed;
      if (this._stepCarry >= 1) {
        this._stepCarry -= 1;
        this.stepDays(1, 'play');
      }
    } else {
      this.setTime(this.time + elapsedSeconds * this.speed, 'play');
    }
    if (this.time >= this.maxTime) {
      this.pause();
      return;
    }
    this._frameHandle = this._requestFrame(this._onFrame);
  }
}

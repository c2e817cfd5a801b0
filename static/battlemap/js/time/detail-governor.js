// How much the map draws while it plays: full detail, or less when frames come late (a slow laptop or phone), decided from the frame intervals.

/** The detail levels, most to least: every frame morphs; shapes step and labels thin; play steps whole days. */
export const DETAIL_LEVELS = ['full', 'light', 'days'];

/**
 * Watches the intervals between animation frames while the map plays and says when to shed work.
 * A frame is late when its interval is over `budgetMs`. When `lateNeeded` of the last `window`
 * frames were late, the level drops one step (full → light → days); the window then starts
 * again, so the next drop is judged on frames drawn at the new level. It never climbs back by
 * itself (a device that was slow once stays slow, and flickering between levels is worse than
 * either); `reset()` (the reader's "Full detail") goes back to full.
 */
export class DetailGovernor {
  constructor({ budgetMs = 25, window = 6, lateNeeded = 3, level = 'full' } = {}) {
    if (!(budgetMs > 0)) throw new RangeError(`DetailGovernor: budgetMs must be > 0, got ${budgetMs}`);
    if (!(Number.isInteger(window) && window > 0)) throw new RangeError(`DetailGovernor: window must be a whole number > 0, got ${window}`);
    if (!(Number.isInteger(lateNeeded) && lateNeeded > 0 && lateNeeded <= window)) {
      throw new RangeError(`DetailGovernor: lateNeeded must be a whole number from 1 to window (${window}), got ${lateNeeded}`);
    }
    if (!DETAIL_LEVELS.includes(level)) throw new RangeError(`DetailGovernor: unknown level '${level}' (one of ${DETAIL_LEVELS.join(', ')})`);
    this.budgetMs = budgetMs;
    this.windowSize = window;
    this.lateNeeded = lateNeeded;
    this.level = level;
    this._recent = [];
  }

  /** One frame's interval, in milliseconds; returns the new level when it drops, else null. */
  sample(intervalMs) {
    if (!Number.isFinite(intervalMs) || intervalMs < 0) return null;
    this._recent.push(intervalMs > this.budgetMs);
    if (this._recent.length > this.windowSize) this._recent.shift();
    const late = this._recent.reduce((count, wasLate) => count + (wasLate ? 1 : 0), 0);
    const next = DETAIL_LEVELS[DETAIL_LEVELS.indexOf(this.level) + 1];
    if (late < this.lateNeeded || !next) return null;
    this.level = next;
    this._recent = [];
    return next;
  }

  /** Forget the frames seen so far (playing paused: the frames around a pause say nothing). */
  forgetFrames() {
    this._recent = [];
  }

  /** Back to full detail. */
  reset() {
    this.level = 'full';
    this._recent = [];
  }
}

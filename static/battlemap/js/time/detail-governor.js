// How much the map draws while it plays: full detail, or less when frames come late (a slow laptop or phone), decided from the frame intervals.

/** The detail levels, most to least: every frame morphs; shapes step and labels thin; play steps whole days. */
export const DETAIL_LEVELS = ['full', 'light', 'days'];

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Watches the intervals between animation frames while the map plays and says when to shed work,
 * so that the frames' 95th percentile stays within `budgetMs`. A frame is late when its interval
 * is over `budgetMs`. The level drops one step (full → light → days) when `lateNeeded` of the
 * last `window` frames were late (a burst), or when more than `rateLate` of the last `rateWindow`
 * were (late frames too often for the 95th percentile, however spread); it drops straight to
 * days when a burst's median frame is over twice the budget (less than halving the work would
 * not do). The frames seen are then forgotten, so the next drop is judged at the new level. It
 * never climbs back by itself (a device that was slow stays slow, and flickering between levels is
 * worse than either); `reset()` (the reader's "Full detail") goes back to full.
 */
export class DetailGovernor {
  constructor({ budgetMs = 25, window = 6, lateNeeded = 3, rateWindow = 60, rateLate = 3, level = 'full' } = {}) {
    if (!(budgetMs > 0)) throw new RangeError(`DetailGovernor: budgetMs must be > 0, got ${budgetMs}`);
    if (!(Number.isInteger(window) && window > 0)) throw new RangeError(`DetailGovernor: window must be a whole number > 0, got ${window}`);
    if (!(Number.isInteger(lateNeeded) && lateNeeded > 0 && lateNeeded <= window)) {
      throw new RangeError(`DetailGovernor: lateNeeded must be a whole number from 1 to window (${window}), got ${lateNeeded}`);
    }
    if (!(Number.isInteger(rateWindow) && rateWindow >= window)) {
      throw new RangeError(`DetailGovernor: rateWindow must be a whole number of at least window (${window}), got ${rateWindow}`);
    }
    if (!(Number.isInteger(rateLate) && rateLate >= 0 && rateLate < rateWindow)) {
      throw new RangeError(`DetailGovernor: rateLate must be a whole number below rateWindow (${rateWindow}), got ${rateLate}`);
    }
    if (!DETAIL_LEVELS.includes(level)) throw new RangeError(`DetailGovernor: unknown level '${level}' (one of ${DETAIL_LEVELS.join(', ')})`);
    Object.assign(this, { budgetMs, windowSize: window, lateNeeded, rateWindow, rateLate, level });
    this._recent = [];
  }

  /** One frame's interval, in milliseconds; returns the new level when it drops, else null. */
  sample(intervalMs) {
    if (!Number.isFinite(intervalMs) || intervalMs < 0) return null;
    this._recent.push(intervalMs);
    if (this._recent.length > this.rateWindow) this._recent.shift();
    const index = DETAIL_LEVELS.indexOf(this.level);
    if (index === DETAIL_LEVELS.length - 1) return null;
    const burst = this._recent.slice(-this.windowSize);
    const lateInBurst = burst.filter((ms) => ms > this.budgetMs).length;
    const lateInRate = this._recent.filter((ms) => ms > this.budgetMs).length;
    let next = null;
    if (lateInBurst >= this.lateNeeded) {
      next = median(burst) > 2 * this.budgetMs ? DETAIL_LEVELS.length - 1 : index + 1;
    } else if (lateInRate > this.rateLate) {
      next = index + 1;
    }
    if (next === null) return null;
    this.level = DETAIL_LEVELS[next];
    this._recent = [];
    return this.level;
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

// Two operations' timelines locked to the same day of each: day n of one is day n of the other, whichever the reader moves.

/** Reports a side may still echo back: more than a few is a frame that stopped answering. */
const PENDING_KEPT = 8;

const keyOf = ({ date, time }) => `${date} ${time || ''}`;

/** The same day of `dates` as `date` is of `from` (its last day when shorter); null when `date` is not one of `from`. */
export function sameDay(from, dates, date) {
  const day = from.indexOf(date);
  if (day < 0 || !dates.length) return null;
  return dates[Math.min(day, dates.length - 1)];
}

/**
 * Decides what one side's timeline must show when the other's moves. setDates(side, dates) with
 * each side's dates (the embed's `ready`); report(side, {date, time}) with each date a side
 * reports returns {side, date, time} to send to the other side, or null: when the lock is off,
 * the dates are not known yet, or the report only echoes a date this lock sent (so the two
 * timelines never chase each other, even when a playing side's reports cross the echoes).
 */
export class DayLock {
  constructor(sides) {
    this.sides = sides;
    this.locked = false;
    this.dates = new Map();
    this.pending = new Map(sides.map((side) => [side, []]));
  }

  setDates(side, dates) {
    if (this.sides.includes(side)) this.dates.set(side, dates);
  }

  report(side, shown) {
    if (!this.sides.includes(side)) return null;
    const pending = this.pending.get(side);
    const echo = pending.indexOf(keyOf(shown));
    if (echo >= 0) {
      // This echo, and any older ones it overtook.
      pending.splice(0, echo + 1);
      return null;
    }
    return this.locked ? this.follow(side, shown) : null;
  }

  /** What the other side must show for `side` showing `shown`, remembered as its expected echo. */
  follow(side, shown) {
    const other = this.sides.find((name) => name !== side);
    const from = this.dates.get(side);
    const to = this.dates.get(other);
    if (!from || !to) return null;
    const date = sameDay(from, to, shown.date);
    if (date === null) return null;
    const command = { side: other, date, ...(shown.time ? { time: shown.time } : {}) };
    const pending = this.pending.get(other);
    pending.push(keyOf(command));
    if (pending.length > PENDING_KEPT) pending.shift();
    return command;
  }
}

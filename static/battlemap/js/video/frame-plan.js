// A video's frames, planned before any is drawn: each frame's clock time, the key moment held in it and whether it is the closing card.

/** Seconds a key moment is held, its caption shown, when the video holds on moments. */
export const HOLD_SECONDS = 2;
/** The closing seconds, on the last time, that show the sources and the address. */
export const END_CARD_SECONDS = 1;
/** The default pace: one day of the operation a second, at least this long in motion. */
export const SECONDS_PER_DAY = 1;
const MIN_MOTION_SECONDS = 1;
export const MIN_FPS = 1;
export const MAX_FPS = 60;

/** The moments whose time lies in start..end, in time order (those the video holds on). */
export function heldMoments(moments, start, end) {
  return moments
    .map((moment, index) => ({ ...moment, index }))
    .filter((moment) => moment.at >= start - 1e-9 && moment.at <= end + 1e-9)
    .sort((a, b) => a.at - b.at);
}

/** The length a span gets when none is asked for: a second a day, the holds and the closing card. */
export function defaultSeconds({ start, end, holdCount = 0 }) {
  // Whole days: a span ends at 23:59, a minute short of the next day.
  const motion = Math.max(MIN_MOTION_SECONDS, Math.ceil(end - start - 0.01) * SECONDS_PER_DAY);
  return motion + holdCount * HOLD_SECONDS + END_CARD_SECONDS;
}

/** The segments of the video in order: moves between times and holds on moments. */
function segmentsOf({ start, end, held, motionSeconds }) {
  const segments = [];
  let from = start;
  const move = (to) => {
    const duration = ((to - from) / (end - start || 1)) * motionSeconds;
    if (duration > 0) segments.push({ kind: 'move', from, to, duration });
    from = to;
  };
  for (const moment of held) {
    move(moment.at);
    segments.push({ kind: 'hold', at: moment.at, moment: moment.index, duration: HOLD_SECONDS });
  }
  move(end);
  if (end === start) segments.push({ kind: 'hold', at: start, moment: null, duration: motionSeconds });
  return segments;
}

/** What a segment shows `elapsed` seconds into it. */
function frameIn(segment, elapsed) {
  if (segment.kind === 'hold') return { time: segment.at, moment: segment.moment, endCard: false };
  const progress = Math.min(1, Math.max(0, elapsed / segment.duration));
  return { time: segment.from + (segment.to - segment.from) * progress, moment: null, endCard: false };
}

/**
 * Plan the frames of a video of the clock times start..end (end >= start), at `fps` frames a
 * second over `seconds` (default: defaultSeconds), holding HOLD_SECONDS on each moment ({at})
 * in the span when `holdMoments`. Returns {fps, seconds, frames: [{time, moment (its index in
 * `moments`, or null), endCard}]}. Throws a RangeError naming the value at fault.
 */
export function planFrames({ start, end, fps, seconds = null, moments = [], holdMoments = false }) {
  if (!(Number.isFinite(start) && Number.isFinite(end) && end >= start)) {
    throw new RangeError(`the span must run forwards, got ${start}..${end}`);
  }
  if (!(Number.isInteger(fps) && fps >= MIN_FPS && fps <= MAX_FPS)) {
    throw new RangeError(`fps must be a whole number from ${MIN_FPS} to ${MAX_FPS}, got ${fps}`);
  }
  const held = holdMoments ? heldMoments(moments, start, end) : [];
  const total = seconds ?? defaultSeconds({ start, end, holdCount: held.length });
  const motionSeconds = total - held.length * HOLD_SECONDS - END_CARD_SECONDS;
  if (!(Number.isFinite(total) && motionSeconds > 0)) {
    const least = held.length * HOLD_SECONDS + END_CARD_SECONDS;
    throw new RangeError(`seconds must be more than ${least} (${held.length} held moment(s) of ${HOLD_SECONDS} s and the closing ${END_CARD_SECONDS} s), got ${total}`);
  }
  const segments = segmentsOf({ start, end, held, motionSeconds });
  const frameCount = Math.max(1, Math.round(total * fps));
  const frames = [];
  for (let i = 0; i < frameCount; i++) {
    const at = i / fps;
    if (at >= total - END_CARD_SECONDS - 1e-9) {
      frames.push({ time: end, moment: null, endCard: true });
      continue;
    }
    let elapsed = at;
    let segment = segments[0];
    for (segment of segments) {
      if (elapsed < segment.duration) break;
      elapsed -= segment.duration;
    }
    frames.push(frameIn(segment, elapsed));
  }
  return { fps, seconds: total, frames };
}

// Key moments: their times on the clock, which comes next or before, the overlays each shows, and the keys a presenter's clicker sends.

/** The map's overlay for each layer name the data uses ("lines", rivers and railways, always shows). */
export const OVERLAY_OF_LAYER = {
  areas: 'areas', fronts: 'front', positions: 'units', movements: 'movements', events: 'events', places: 'places',
};
const EPSILON = 1e-6;

/** The moments with `at`, their clock time; a moment whose date the operation lacks is dropped with a warning. */
export function momentsWithTimes(moments, timeOf, warn = (message) => console.warn(message)) {
  const timed = [];
  for (const moment of moments || []) {
    const at = timeOf(moment.date, moment.time || null);
    if (at === undefined) warn(`battlemap: key moment '${moment.id}' is dated ${moment.date}, outside the operation`);
    else timed.push({ ...moment, at });
  }
  return timed;
}

/** The index of the moment after the current one (or, with none current, the first after `time`). */
export function nextMoment(moments, time, current = null) {
  if (!moments.length) return null;
  if (current !== null) return Math.min(current + 1, moments.length - 1);
  const found = moments.findIndex((moment) => moment.at > time + EPSILON);
  return found === -1 ? moments.length - 1 : found;
}

/** The index of the moment before the current one (or, with none current, the last before `time`). */
export function previousMoment(moments, time, current = null) {
  if (!moments.length) return null;
  if (current !== null) return Math.max(current - 1, 0);
  for (let i = moments.length - 1; i >= 0; i--) if (moments[i].at < time - EPSILON) return i;
  return 0;
}

/** The overlay names a moment shows: those of its layers, or every one when it names none. */
export function overlaysFor(moment, allOverlays) {
  if (!moment.layers || !moment.layers.length) return [...allOverlays];
  const wanted = new Set(moment.layers.map((name) => OVERLAY_OF_LAYER[name]).filter(Boolean));
  wanted.add('lines');
  return allOverlays.filter((name) => wanted.has(name));
}

/**
 * What a key press means: {type: 'next'|'previous'|'blank'|'goto'|'leave'|'enter'|'first'|'last', index?},
 * or null. Clickers send PageDown/PageUp; the arrows do the same; B or "." blanks the screen;
 * 1-9 and 0 (the tenth) jump to a moment; F enters presentation mode and Escape leaves it.
 */
export function presenterAction(event, { presenting }) {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const { key } = event;
  if (!presenting) return key === 'f' || key === 'F' ? { type: 'enter' } : null;
  switch (key) {
    case 'PageDown': case 'ArrowRight': case 'ArrowDown': return { type: 'next' };
    case 'PageUp': case 'ArrowLeft': case 'ArrowUp': return { type: 'previous' };
    case 'Home': return { type: 'first' };
    case 'End': return { type: 'last' };
    case 'b': case 'B': case '.': return { type: 'blank' };
    case 'Escape': case 'f': case 'F': return { type: 'leave' };
    default:
      if (/^[0-9]$/.test(key)) return { type: 'goto', index: key === '0' ? 9 : Number(key) - 1 };
      return null;
  }
}

/** Ease in and out over progress 0..1, for the time and the flight between two moments. */
export function ease(progress) {
  const p = Math.min(1, Math.max(0, progress));
  return p < 0.5 ? 2 * p * p : 1 - ((-2 * p + 2) ** 2) / 2;
}

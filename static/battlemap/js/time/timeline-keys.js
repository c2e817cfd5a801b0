// The timeline's keys: the action each names, and the hint for a key that did nothing there.
import { gettext, interpolate } from '../core/i18n.js';

/** The timeline's keys in a sentence, for hints. */
export function timelineKeys() {
  return gettext('← → a day, Shift+← → or PageDown/PageUp an event, Space plays, Home/End the ends');
}

/** The action a key names on the timeline ({key, shiftKey} of a keydown), or null. */
export function timelineAction({ key, shiftKey }) {
  switch (key) {
    case 'ArrowLeft': case 'ArrowDown': return shiftKey ? 'previous-event' : 'step-back';
    case 'ArrowRight': case 'ArrowUp': return shiftKey ? 'next-event' : 'step-forward';
    case 'Home': return 'start';
    case 'End': return 'end';
    case ' ': case 'Spacebar': return 'play';
    // A slider's PageUp raises its value and PageDown lowers it: the next and previous event.
    case 'PageUp': return 'next-event';
    case 'PageDown': return 'previous-event';
    default: return null;
  }
}

/** Why an action changed nothing. */
const NOTHING_DONE = {
  'previous-event': () => gettext('No earlier event: PageDown and Shift+← go back an event, PageUp and Shift+→ on to the next.'),
  'next-event': () => gettext('No later event: PageUp and Shift+→ go on to the next event, PageDown and Shift+← back.'),
  'step-back': () => gettext('This is the first day.'),
  'step-forward': () => gettext('This is the last day.'),
};

/**
 * The hint for a key pressed on the timeline, or null: `action` is what it named (null for
 * none) and `moved` whether the clock moved. An action that changed nothing says why; a
 * printable key or a paging key that names nothing says which keys work here. Keys the page
 * handles itself (`pageKeys`), modifiers, Tab and Escape get none.
 */
export function keyHint({ key, action = null, moved = false, pageKeys = [] }) {
  if (pageKeys.includes(key)) return null;
  if (action) return moved ? null : NOTHING_DONE[action]?.() || null;
  if (key.length !== 1 || !/\S/.test(key)) return null;
  return interpolate(gettext('“%(key)s” does nothing on the timeline. Keys here: %(keys)s.'), { key: key.toUpperCase(), keys: timelineKeys() });
}

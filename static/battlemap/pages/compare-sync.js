// The comparison page: keeps its two embedded maps on the same place and zoom, and on request on the same day of each operation, through the host-page API.
import { DayLock } from './day-lock.js';
import { gettext, interpolate } from '../js/core/i18n.js';
import { longDate } from '../js/time/format.js';

const PROTOCOL_VERSION = 1;

/** Views closer than this (degrees, zoom levels) are the same view: an echo, not a user's move. */
const SAME_PLACE = 1e-4;
const SAME_ZOOM = 0.01;

export function sameView(a, b) {
  return Boolean(a && b) && Math.abs(a.lat - b.lat) < SAME_PLACE && Math.abs(a.lng - b.lng) < SAME_PLACE
    && Math.abs(a.zoom - b.zoom) < SAME_ZOOM;
}

/**
 * Decides which map follows which. report(side, view) is called with each view a map reports and
 * returns {side, view} to send to the other map, or null when the report only echoes a view this
 * mirror sent (so two maps never chase each other).
 */
export class ViewMirror {
  constructor(sides) {
    this.sides = sides;
    this.expected = new Map();
  }

  report(side, view) {
    if (!this.sides.includes(side)) return null;
    if (sameView(this.expected.get(side), view)) {
      this.expected.delete(side);
      return null;
    }
    const other = this.sides.find((name) => name !== side);
    this.expected.set(other, view);
    return { side: other, view };
  }
}

/** A date as its caption reads it: "24 May 1942". */
const dateText = (date) => longDate(new Date(`${date}T00:00:00Z`));

/** Each side's caption follows its map's date (the date, and its day of the operation), and so does its date in the form. */
function captionWriter(root) {
  return (side, date, dates) => {
    const field = root.querySelector(`input[name="${side}_date"]`);
    if (field) field.value = date;
    const caption = root.querySelector(`[data-role="compare-caption"][data-side="${side}"]`);
    if (!caption) return;
    const time = caption.querySelector('time');
    time.dateTime = date;
    time.textContent = dateText(date);
    const day = dates ? dates.indexOf(date) : -1;
    caption.querySelector('[data-role="compare-day"]').textContent = day >= 0 ? interpolate(gettext('day %(day)s of %(count)s'), { day: day + 1, count: dates.length }) : '';
  };
}

/** The lock switch: on, the right timeline goes to the left's day at once, and the address keeps it. */
function wireLockSwitch(root, lock, align) {
  const toggle = root.querySelector('input[data-role="day-lock"]');
  if (!toggle) return;
  const rightDate = root.querySelector('input[name="right_date"]');
  const apply = () => {
    lock.locked = toggle.checked;
    // Locked, the right date follows the left's day: the form's own right date does not apply.
    if (rightDate) rightDate.disabled = toggle.checked;
    const url = new URL(window.location.href);
    if (toggle.checked) url.searchParams.set('lock', 'day');
    else url.searchParams.delete('lock');
    window.history.replaceState(window.history.state, '', url);
  };
  toggle.addEventListener('change', () => { apply(); if (toggle.checked) align(); });
  apply();
}

/**
 * Wire the page's two iframes [data-role="compare-frame"] together: the view always (the same
 * place and zoom), and the timelines when the day lock is on (the same day of each operation).
 */
export function connectFrames(root = document) {
  const frames = new Map([...root.querySelectorAll('iframe[data-role="compare-frame"]')]
    .map((frame) => [frame.dataset.side, frame]));
  const sides = [...frames.keys()];
  const mirror = new ViewMirror(sides);
  const lock = new DayLock(sides);
  const shown = new Map();
  const caption = captionWriter(root);
  const send = (side, message) => frames.get(side).contentWindow.postMessage({ battlemap: PROTOCOL_VERSION, ...message }, window.location.origin);
  const follow = (command) => command && send(command.side, { type: 'set-date', date: command.date, ...(command.time ? { time: command.time } : {}) });
  wireLockSwitch(root, lock, () => shown.has(sides[0]) && follow(lock.follow(sides[0], shown.get(sides[0]))));

  window.addEventListener('message', (event) => {
    const data = event.data;
    if (event.origin !== window.location.origin || !data || data.battlemap !== PROTOCOL_VERSION) return;
    const side = [...frames].find(([, frame]) => frame.contentWindow === event.source)?.[0];
    if (!side) return;
    if (data.type === 'view-changed') {
      const view = mirror.report(side, { lat: data.lat, lng: data.lng, zoom: data.zoom });
      if (view) send(view.side, { type: 'fly-to', ...view.view, animate: false });
      return;
    }
    if (data.type !== 'ready' && data.type !== 'date-changed') return;
    if (typeof data.date !== 'string' || (data.type === 'ready' && !Array.isArray(data.dates))) {
      console.warn(`compare: ignored a '${data.type}' from the ${side} map without a date${data.type === 'ready' ? ' and dates' : ''}`);
      return;
    }
    if (data.type === 'ready') lock.setDates(side, data.dates);
    shown.set(side, { date: data.date, ...(typeof data.time === 'string' ? { time: data.time } : {}) });
    caption(side, data.date, lock.dates.get(side));
    // The left map leads when the lock is switched on before both were ready.
    if (data.type === 'ready' && lock.locked && lock.dates.size === 2) follow(lock.follow(sides[0], shown.get(sides[0])));
    else if (data.type === 'date-changed') follow(lock.report(side, shown.get(side)));
  });
}

if (typeof document !== 'undefined') connectFrames();

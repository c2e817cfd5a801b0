// The worksheet's day picker beside "Handout of this day": a box per day of the operation, six spread over it ticked at first, and the form sent to the print page while 4 to 9 are ticked.
import { dayAndShortMonth } from '../time/format.js';
import { interpolate, ngettext } from '../core/i18n.js';

export const MIN_DAYS = 4;
export const MAX_DAYS = 9;

/** `count` days spread evenly over `dates` (the first and the last among them). */
export function spreadDays(dates, count = 6) {
  if (dates.length <= count) return [...dates];
  const picked = new Set();
  for (let i = 0; i < count; i++) picked.add(dates[Math.round((i * (dates.length - 1)) / (count - 1))]);
  return [...picked];
}

/** What the picker says of `count` ticked days, and whether the worksheet can be printed. */
export function pickerState(count) {
  if (count < MIN_DAYS) return { ready: false, text: interpolate(ngettext('%(count)s ticked: tick at least %(min)s days', '%(count)s ticked: tick at least %(min)s days', count), { count, min: MIN_DAYS }) };
  if (count > MAX_DAYS) return { ready: false, text: interpolate(ngettext('%(count)s ticked: at most %(max)s days fit a page', '%(count)s ticked: at most %(max)s days fit a page', count), { count, max: MAX_DAYS }) };
  return { ready: true, text: interpolate(ngettext('%(count)s day, one page', '%(count)s days, one page', count), { count }) };
}

function dayLabel(date) {
  const [year, month, day] = date.split('-').map(Number);
  // The month-name table, not Intl: Intl's first call took 20 ms of the first frame.
  return dayAndShortMonth(new Date(Date.UTC(year, month - 1, day)));
}

/** Fill the picker in `root` with a box per date of `index`; returns null when the page has none. */
export function wireWorksheetPicker({ index, root = document }) {
  const form = root.querySelector('[data-role="worksheet-form"]');
  if (!form) return null;
  const days = form.querySelector('[data-role="worksheet-days"]');
  const status = form.querySelector('[data-role="worksheet-count"]');
  const submit = form.querySelector('button[type="submit"]');
  const ticked = new Set(spreadDays(index.dates));
  days.replaceChildren(...index.dates.map((date) => {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.name = 'dates';
    box.value = date;
    box.checked = ticked.has(date);
    label.append(box, document.createTextNode(` ${dayLabel(date)}`));
    return label;
  }));
  const update = () => {
    const state = pickerState(form.querySelectorAll('input[name="dates"]:checked').length);
    status.textContent = state.text;
    submit.disabled = !state.ready;
  };
  form.addEventListener('change', update);
  update();
  return { update };
}

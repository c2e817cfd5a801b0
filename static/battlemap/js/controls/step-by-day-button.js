// The *Step by day* switch beside Play: playing moves one whole day at a time (lighter for a slow device, and easier to follow).
import { gettext } from '../core/i18n.js';

/** Wire the switch `button` (aria-pressed) to the clock's play mode through the map's DrawingDetail. */
export function stepByDayButton(button, { clock, detail }) {
  if (!button) return null;
  const show = () => button.setAttribute('aria-pressed', String(clock.playsByDay));
  if (clock.reducedMotion) {
    // Reduced motion already plays by whole days, and cannot be switched off here.
    button.disabled = true;
    button.title = gettext('Your system asks for reduced motion, so the map always plays by whole days');
  }
  button.addEventListener('click', () => detail.setStepByDay(!clock.stepByDay));
  clock.on('playmodechange', show);
  show();
  return button;
}

// The classroom on the operation page: presentation mode and the key moments' list, wired to the page's buttons, keys and timeline marks.
import { MomentList } from './moment-list.js';
import { Presentation } from './presentation.js';
import { gettext } from '../core/i18n.js';

/**
 * Presentation mode over the map's overlays (the base maps stay as the reader chose), the list
 * of key moments, the present and panel buttons; returns the Presentation.
 */
export function startPresentation({ map, clock, index, groundFit, moments, overlays, reducedMotion }) {
  const element = (role) => document.querySelector(`[data-role="${role}"]`);
  const presentation = new Presentation({
    map, clock, index, groundFit, moments, overlays: new Map([...overlays].filter(([name]) => !name.startsWith('tiles-'))),
    reducedMotion,
    elements: {
      caption: element('present-caption'), counter: element('present-counter'), title: element('present-title'),
      text: element('present-text'), sources: element('present-sources'), blank: element('blank'), exit: element('present-exit'),
    },
  });
  const list = new MomentList(element('moments'), { index, moments, onSelect: (i) => presentation.goTo(i) });
  presentation.onChange(({ current }) => list.setCurrent(current));
  document.querySelector('[data-action="present"]')?.addEventListener('click', () => presentation.enter());
  // The side panel can be hidden, giving the map the whole width (a projector, a small laptop).
  const panelToggle = document.querySelector('[data-action="toggle-panel"]');
  panelToggle?.addEventListener('click', () => {
    const hidden = document.body.classList.toggle('bm-panel-hidden');
    panelToggle.setAttribute('aria-pressed', String(hidden));
    panelToggle.textContent = hidden ? gettext('Show panel') : gettext('Hide panel');
  });
  document.getElementById('battlemap-timeline').addEventListener('battlemap:moment-jump', (e) => presentation.goTo(e.detail.index));
  return presentation;
}

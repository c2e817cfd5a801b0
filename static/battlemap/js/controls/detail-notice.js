// The notice that the map is playing with less detail to keep up with a slow device, with the way back to full detail.
import { dismissButton } from './notice-panel.js';
import { gettext } from '../core/i18n.js';

const SAID = {
  light: () => gettext('This device is drawing slowly, so while it plays the map moves the areas in steps and shows fewer names.'),
  days: () => gettext('This device is drawing slowly, so the map plays one whole day at a time. Pause to see every name.'),
};

/** What the notice says at a detail level, or null when there is nothing to say (full detail). */
export function detailNoticeText(level) {
  return SAID[level]?.() ?? null;
}

/**
 * Shows `detail`'s level changes in `root` (plain text) with a *Full detail* button, until the
 * reader dismisses it or asks for full detail. Nothing is shown at full detail.
 */
export class DetailNotice {
  constructor(root, detail) {
    this.root = root;
    this.detail = detail;
    if (!root) return;
    if (window.L) {
      window.L.DomEvent.disableClickPropagation(root);
      window.L.DomEvent.disableScrollPropagation(root);
    }
    detail.on('change', ({ level }) => this.show(level));
  }

  show(level) {
    const text = detailNoticeText(level);
    this.root.hidden = !text;
    if (!text) return this.root.replaceChildren();
    const said = document.createElement('p');
    said.className = 'bm-notice__title';
    said.textContent = text;
    const full = document.createElement('button');
    full.type = 'button';
    full.className = 'bm-notice__action';
    full.textContent = gettext('Full detail');
    full.addEventListener('click', () => this.detail.fullDetail());
    return this.root.replaceChildren(dismissButton(this.root), said, full);
  }
}

// The key moments as a list in the side panel: each a button that steps the map to it; the current one marked.
import { describeTime } from '../time/format.js';
import { markTextLanguage } from '../core/text-language.js';

export class MomentList {
  /** root: the panel's key-moments section; moments with `at`; onSelect(i) when one is chosen. */
  constructor(root, { index, moments, onSelect }) {
    this.root = root;
    this.buttons = [];
    const list = root.querySelector('[data-role="moment-items"]');
    // The page may have written them already (so the panel is laid out once): they are written
    // again here, from the timeline, with their buttons wired.
    list.replaceChildren();
    moments.forEach((moment, i) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'bm-moments__button';
      const when = document.createElement('span');
      when.className = 'bm-moments__when';
      when.textContent = `${i + 1}. ${describeTime(index, moment.at)}`;
      const title = document.createElement('span');
      title.className = 'bm-moments__title';
      markTextLanguage(title, moment, 'title').textContent = moment.title;
      button.append(when, title);
      button.addEventListener('click', () => onSelect(i));
      item.appendChild(button);
      list.appendChild(item);
      this.buttons.push(button);
    });
    root.hidden = moments.length === 0;
  }

  /** Mark moment `current` (or none) as the one shown. */
  setCurrent(current) {
    this.buttons.forEach((button, i) => {
      if (i === current) button.setAttribute('aria-current', 'step');
      else button.removeAttribute('aria-current');
    });
  }
}

// A small notice over the map: which options in the address were not understood and what the map shows instead, until the reader dismisses it.
import { describeDay } from '../time/format.js';
import { shownInstead } from '../time/url-state.js';
import { gettext } from '../core/i18n.js';

export class NoticePanel {
  /** root: the notice's element over the map (hidden until there is something to say). */
  constructor(root) {
    this.root = root;
    // It lies on the map: a click or a drag on it is not the map's.
    if (root && window.L) {
      window.L.DomEvent.disableClickPropagation(root);
      window.L.DomEvent.disableScrollPropagation(root);
    }
  }

  /** Show `lines` (plain text, written as text, never as HTML) under `title`; nothing to show hides it. */
  show(lines, title = gettext('Not understood in the address:')) {
    const root = this.root;
    if (!root) return;
    root.replaceChildren();
    root.hidden = lines.length === 0;
    if (!lines.length) return;
    const heading = document.createElement('p');
    heading.className = 'bm-notice__title';
    heading.textContent = title;
    const list = document.createElement('ul');
    list.className = 'bm-notice__list';
    for (const line of lines) {
      const item = document.createElement('li');
      item.textContent = line;
      list.appendChild(item);
    }
    root.append(dismissButton(root), heading, list);
  }
}

/** The × that hides a notice `root` until there is something new to say. */
export function dismissButton(root) {
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'bm-notice__close';
  close.setAttribute('aria-label', gettext('Dismiss this notice'));
  close.textContent = '×';
  close.addEventListener('click', () => { root.hidden = true; });
  return close;
}

/** Text ended with a full stop, unless it ends with one already (a date such as '11 травня 1942 р.'). */
function sentence(text) {
  return text.endsWith('.') ? text : `${text}.`;
}

/**
 * The notice of what the address and the embed's options asked for that the map could not take:
 * urlProblems from UrlSync ({field, raw, message}), each followed by what is shown instead
 * (describe(field)); optionProblems, already sentences.
 */
export function noticeLines({ urlProblems = [], optionProblems = [], describe }) {
  return [
    ...urlProblems.map(({ field, raw, message }) => sentence(`${field}=${raw ?? ''}: ${message}; ${describe(field)}`)),
    ...optionProblems.map(sentence),
  ];
}

/** Show on the page what its address asked for that the map could not take (after UrlSync applied it). */
export function noticeAddressProblems({ clock, index, groundFit, urlSync, optionProblems = [], root = document }) {
  const shown = { day: describeDay(index, clock.time), speed: clock.speed, fitted: groundFit.fitted };
  const lines = noticeLines({ urlProblems: urlSync.problems, optionProblems, describe: (field) => shownInstead(field, shown) });
  new NoticePanel(root.querySelector('[data-role="notice"]')).show(lines);
}

// The day's story: the current day's events in order, each saying how we know it, with their sources,
// and how we know the day's ground; follows the clock.
import { basisOf, howWeKnowLine } from '../core/basis.js';
import { linkableUrl } from '../core/safe-url.js';
import { markTextLanguage } from '../core/text-language.js';
import { describeDay, formatSource, shortSideName } from '../time/format.js';
import { ClockPanel } from './clock-panel.js';
import { gettext, interpolate } from '../core/i18n.js';
import { vocabularyWord } from '../core/vocabulary-words.js';

export function sourceList(document, index, ids) {
  const list = document.createElement('ul');
  list.className = 'bm-sources';
  for (const id of ids || []) {
    const item = document.createElement('li');
    const source = index.sources[id];
    // Only http(s) URLs become links: a javascript: or data: URL from the data stays plain text.
    const url = linkableUrl(source?.url);
    if (url) {
      const link = document.createElement('a');
      link.href = url;
      link.rel = 'noopener noreferrer';
      link.target = '_blank';
      link.textContent = formatSource(source, id);
      item.appendChild(link);
    } else {
      item.textContent = formatSource(source, id);
    }
    list.appendChild(item);
  }
  return list;
}

export class StoryPanel extends ClockPanel {
  /** root: the story section; onSelect(event) is called when an event is chosen. Follows the map's clock once added. */
  constructor(root, { index, onSelect }) {
    super();
    this.root = root;
    this.index = index;
    this.onSelect = onSelect;
    this.heading = root.querySelector('[data-role="story-day"]');
    this.list = root.querySelector('[data-role="story-events"]');
    this._day = null;
  }

  onRemove() {
    this._day = null;
  }

  render() {
    const time = this.clock.time;
    const day = Math.floor(time);
    if (day !== this._day) {
      this._day = day;
      this._build(day);
    }
    for (const item of this.list.children) {
      const at = Number(item.dataset.at);
      item.classList.toggle('bm-story__event--past', at <= time + 1e-6);
    }
  }

  /** How we know the day's ground (the areas in force that day), folded, as the list's last item:
   * it folds away with the story. */
  _buildGround(doc, day) {
    const areas = this.index.timeline.areas?.[this.index.dates[day]];
    if (!areas?.length) return;
    const item = doc.createElement('li');
    item.className = 'bm-story__ground-item';
    const details = doc.createElement('details');
    details.className = 'bm-story__ground';
    const summary = doc.createElement('summary');
    summary.textContent = gettext("How we know the day's ground");
    details.append(summary, groundLines(doc, this.index, areas));
    item.appendChild(details);
    this.list.appendChild(item);
  }

  _build(day) {
    const doc = this.root.ownerDocument;
    this.heading.textContent = describeDay(this.index, day);
    this.list.replaceChildren();
    const events = this.index.eventsOnDay(day);
    if (!events.length) {
      const empty = doc.createElement('li');
      empty.className = 'bm-story__empty';
      empty.textContent = gettext('No recorded events this day.');
      this.list.appendChild(empty);
    }
    for (const event of events) {
      const item = doc.createElement('li');
      item.className = `bm-story__event bm-story__event--importance-${event.importance}`;
      item.dataset.at = String(event.at);
      item.dataset.eventId = event.id || '';
      const button = doc.createElement('button');
      button.type = 'button';
      button.className = 'bm-story__jump';
      button.innerHTML = '<span class="bm-story__time"></span> <strong class="bm-story__title"></strong>';
      button.querySelector('.bm-story__time').textContent = event.time || '—';
      markTextLanguage(button.querySelector('.bm-story__title'), event, 'title').textContent = event.title;
      button.addEventListener('click', () => this.onSelect?.(event));
      const text = doc.createElement('p');
      text.className = 'bm-story__text';
      markTextLanguage(text, event, 'text').textContent = event.text + (event.certainty && event.certainty !== 'certain' ? ` (${vocabularyWord('certainty', event.certainty)})` : '');
      item.append(button, text);
      if (event.note) {
        const note = doc.createElement('p');
        note.className = 'bm-story__note';
        markTextLanguage(note, event, 'note').textContent = event.note;
        item.appendChild(note);
      }
      item.appendChild(basisLine(doc, event, this.index.sources));
      item.appendChild(sourceList(doc, this.index, event.sources));
      this.list.appendChild(item);
    }
    this._buildGround(doc, day);
  }
}

/** A paragraph saying how we know a record, styled by its basis. */
export function basisLine(document, record, sources) {
  const line = document.createElement('p');
  line.className = `bm-basis bm-basis--${basisOf(record)}`;
  // The note is shown above it: an inferred event's reason is not told twice.
  line.textContent = interpolate(gettext('How we know: %(how)s'), { how: howWeKnowLine(record, sources, { reason: false }) });
  return line;
}

/** How we know the ground drawn on a day: one line per area (side, role: basis and what it rests on). */
export function groundLines(document, index, areas) {
  const list = document.createElement('ul');
  list.className = 'bm-ground';
  for (const area of areas || []) {
    const side = index.sideBySlug.get(area.side);
    const item = document.createElement('li');
    item.className = `bm-basis bm-basis--${basisOf(area)}`;
    item.textContent = interpolate(gettext('%(side)s %(role)s: %(how)s'), { side: side ? shortSideName(side.name) : area.side, role: vocabularyWord('role', area.role), how: howWeKnowLine(area, index.sources) });
    list.appendChild(item);
  }
  return list;
}

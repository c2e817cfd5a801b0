// The units on the map as a list a keyboard can move through (each opens its card), and a polite announcement of each new day.
import { ClockPanel } from './clock-panel.js';
import { describeDay, shortSideName } from '../time/format.js';
import { gettext } from '../core/i18n.js';
import { vocabularyWord } from '../core/vocabulary-words.js';

export class UnitList extends ClockPanel {
  /**
   * root: the panel's units section (see _side_panel.html); unitLayer: whose shown units and
   * selection it follows; announcer: an aria-live element told the date and the day's first event
   * whenever the day changes (screen readers read it out politely, between other speech).
   */
  constructor(root, { index, unitLayer, announcer }) {
    super();
    Object.assign(this, { root, index, unitLayer, announcer });
    this.list = root.querySelector('[data-role="unit-items"]');
    this.count = root.querySelector('[data-role="unit-count"]');
    this._day = null;
    this._shown = '';
  }

  onAdd(map) {
    this._onMove = () => this.render(true);
    map.on('zoomend', this._onMove);
  }

  onRemove(map) {
    map.off('zoomend', this._onMove);
  }

  render(force = false) {
    const day = Math.floor(this.clock.time);
    if (day !== this._day) {
      this._day = day;
      const first = this.index.eventsOnDay(day).sort((a, b) => b.importance - a.importance)[0];
      // A Ukrainian or Russian date ends with its full stop already ('11 травня 1942 р.').
      const date = describeDay(this.index, day);
      if (this.announcer) this.announcer.textContent = first ? `${date.endsWith('.') ? date : `${date}.`} ${first.title}` : date;
      force = true;
    }
    // Rebuilt only when the day or the zoom changes: the list follows the echelons the map shows.
    if (!force) return;
    const placed = this.index.positionsAt(day, this.unitLayer.effectiveEchelon());
    const key = placed.map((p) => p.formation).join(',');
    if (key === this._shown) return;
    this._shown = key;
    this.list.replaceChildren(...placed.map(({ formationRecord: formation, position }) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'bm-units__button';
      const side = this.index.sideBySlug.get(formation.side);
      button.textContent = `${formation.name} (${side ? shortSideName(side.name) : formation.side}${position?.status && position.status !== 'engaged' ? `, ${vocabularyWord('status', position.status)}` : ''})`;
      button.addEventListener('click', () => this.unitLayer.select(formation.id));
      item.appendChild(button);
      return item;
    }));
    this.count.textContent = String(placed.length);
  }
}

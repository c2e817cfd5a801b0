// The unit card: name, echelon, commander, status, strength, position history, how we know the day's
// position (basis and citations with locators) and sources of a formation.
import { howWeKnow } from '../core/basis.js';
import { describeDay } from '../time/format.js';
import { ClockPanel } from './clock-panel.js';
import { sourceList } from './story-panel.js';
import { gettext } from '../core/i18n.js';
import { vocabularyWord } from '../core/vocabulary-words.js';
import { formatNumber } from '../core/number-format.js';
import { markTextLanguage } from '../core/text-language.js';


/** A strength as the data gives it: a number in the page's language (20.000 in German), text as it is. */
function strengthText(strength) {
  return typeof strength === 'number' ? formatNumber(strength) : String(strength);
}
export class UnitCard extends ClockPanel {
  /** root: the card section; shows the hovered formation, else the selected one. Follows the map's clock once added. */
  constructor(root, { index, symbols, onJump, onClose }) {
    super();
    this.root = root;
    this.index = index;
    this.symbols = symbols;
    this.onJump = onJump;
    this.onClose = onClose;
    this.selected = null;
    this.hovered = null;
    this._shown = null;
    this._shownDay = null;
  }

  onRemove() {
    this._shown = null;
    this._shownDay = null;
  }

  setSelected(formationId) {
    this.selected = formationId;
    if (this.clock) this.render();
  }

  setHovered(formationId) {
    this.hovered = formationId;
    if (this.clock) this.render();
  }

  render() {
    const shown = this.hovered || this.selected;
    const day = Math.floor(this.clock.time);
    if (shown === this._shown && day === this._shownDay) return;
    this._shown = shown;
    this._shownDay = day;
    this.root.hidden = !shown;
    if (!shown) return;
    const formation = this.index.formationById.get(shown);
    const doc = this.root.ownerDocument;
    const where = this.index.positionAt(shown, this.clock.time);
    const side = this.index.sideBySlug.get(formation.side);
    const parent = formation.parent ? this.index.formationById.get(formation.parent) : null;
    this.root.replaceChildren();

    const header = doc.createElement('header');
    header.className = 'bm-card__header';
    const image = doc.createElement('img');
    image.alt = '';
    image.src = this.symbols.dataUrl(formation.sidc, 28, side?.colour || '#888', where?.position.status, formation.side);
    const title = doc.createElement('h2');
    markTextLanguage(title, formation, 'name').textContent = formation.name;
    header.append(image, title);
    if (shown === this.selected) {
      const close = doc.createElement('button');
      close.type = 'button';
      close.className = 'bm-card__close';
      close.setAttribute('aria-label', gettext('Close the unit card'));
      close.textContent = '×';
      close.addEventListener('click', () => this.onClose?.());
      header.appendChild(close);
    }
    this.root.appendChild(header);

    const facts = doc.createElement('dl');
    facts.className = 'bm-card__facts';
    const fact = (term, value, record = null, field = '') => {
      if (!value) return;
      const dt = doc.createElement('dt');
      dt.textContent = term;
      const dd = doc.createElement('dd');
      markTextLanguage(dd, record, field).textContent = value; // a data text left in English says so
      facts.append(dt, dd);
    };
    fact(gettext('Side'), side?.name, side, 'name');
    fact(gettext('Echelon'), `${vocabularyWord('echelon', formation.echelon, this.index.echelonLabels.get(formation.echelon) || formation.echelon)}${formation.branch ? `, ${vocabularyWord('branch', formation.branch)}` : ''}`);
    fact(gettext('Part of'), parent?.name, parent, 'name');
    fact(gettext('Commander'), formation.commander, formation, 'commander');
    fact(gettext('Status'), where ? vocabularyWord('status', where.position.status) + (where.position.certainty !== 'certain' ? ` (${vocabularyWord('certainty', where.position.certainty)})` : '') : gettext('not yet on the map'));
    fact(gettext('Strength'), where?.position.strength ? strengthText(where.position.strength) : '');
    // An inferred position's note is its reason, told under "How we know" below.
    fact(gettext('Note'), (where?.position.basis === 'inferred' ? '' : where?.position.note) || formation.note);
    this.root.appendChild(facts);

    const historyHeading = doc.createElement('h3');
    historyHeading.textContent = gettext('Position history');
    const history = doc.createElement('ol');
    history.className = 'bm-card__history';
    for (const position of this.index.positionsOf(shown)) {
      const item = doc.createElement('li');
      const button = doc.createElement('button');
      button.type = 'button';
      button.textContent = `${describeDay(this.index, position.day)}: ${vocabularyWord('status', position.status)}${position.strength ? `, ${strengthText(position.strength)}` : ''}`;
      if (position.day === where?.position.day) item.classList.add('bm-card__history--current');
      button.addEventListener('click', () => this.onJump?.(position.day));
      item.appendChild(button);
      history.appendChild(item);
    }
    const sourcesHeading = doc.createElement('h3');
    sourcesHeading.textContent = gettext('Sources');
    const ids = [...new Set([...(formation.sources || []), ...(where?.position.sources || [])])];
    const sources = sourceList(doc, this.index, ids);
    if (!ids.length) {
      const none = doc.createElement('li');
      none.textContent = gettext('No work read here is cited (see how we know, above).');
      sources.appendChild(none);
    }
    this.root.append(historyHeading, history, ...this._howWeKnow(doc, where?.position), sourcesHeading, sources);
  }

  /** "How we know" the day's position: its basis, then what it rests on, as text (never markup). */
  _howWeKnow(doc, position) {
    if (!position) return [];
    const heading = doc.createElement('h3');
    heading.textContent = gettext('How we know this position');
    const list = doc.createElement('ul');
    list.className = `bm-basis bm-basis--${position.basis || 'stated'}`;
    for (const line of howWeKnow(position, this.index.sources)) {
      const item = doc.createElement('li');
      item.textContent = line;
      list.appendChild(item);
    }
    return [heading, list];
  }
}

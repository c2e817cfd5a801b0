// Draws formations as milsymbol symbols gliding between positions, with culled labels, hover and selection.
import { formationLabels } from './formation-labels.js';
import { CanvasLayer } from './canvas-layer.js';
import { LabelCache } from './label-cache.js';
import { displayScale, scaledFont } from '../core/display-scale.js';
import { basisFade } from '../core/basis.js';

const L = window.L;
const LABEL_FONT = '600 12px system-ui, sans-serif';

export const UnitLayer = CanvasLayer.extend({
  options: {
    /** TimelineIndex with the formations and positions. */
    index: null,
    /** SymbolCache shared with the legend and the card. */
    symbols: null,
    /** Smallest echelon shown: one of the index's echelons, or 'auto' to follow the zoom. */
    minEchelon: 'auto',
    /** The zoom at which the whole operation fits; 'auto' shows more echelons as you zoom in. */
    fitZoom: 7,
    /** Show unit names. */
    labels: true,
  },

  initialize(options) {
    CanvasLayer.prototype.initialize.call(this, options);
    this.selected = null;
    this.hovered = null;
    this._hitBoxes = [];
    this._labels = new LabelCache();
  },

  getEvents() {
    return { mousemove: this._onMouseMove, click: this._onClick, mouseout: this._onMouseOut };
  },

  setMinEchelon(echelon) {
    if (echelon !== 'auto' && !this.options.index.echelons.includes(echelon)) throw new Error(`UnitLayer: unknown echelon '${echelon}'`);
    this.options.minEchelon = echelon;
    this.redrawNow();
    this.fire('echelonchange', { echelon });
  },

  /** The zoom at which the operation's ground fits the map's frame, which changes with the frame's size. */
  setFitZoom(zoom) {
    if (zoom === this.options.fitZoom) return;
    this.options.fitZoom = zoom;
    this.requestRedraw();
  },

  /** The echelon actually used now: the chosen one, or one that follows the ground's scale on screen (the zoom past the frame's fit). */
  effectiveEchelon() {
    if (this.options.minEchelon !== 'auto') return this.options.minEchelon;
    const zoomIn = (this._map?.getZoom() ?? this.options.fitZoom) - this.options.fitZoom;
    if (zoomIn < 0.75) return 'army';
    if (zoomIn < 1.75) return 'corps';
    return null;
  },

  select(formationId, cause = 'select') {
    if (formationId === this.selected) return;
    this.selected = formationId;
    this.redrawNow();
    this.fire('unitselect', { formation: formationId, cause });
  },

  symbolSize() {
    const zoomIn = (this._map?.getZoom() ?? this.options.fitZoom) - this.options.fitZoom;
    return Math.round(Math.min(34, Math.max(16, 20 + zoomIn * 5)) * displayScale(this._map));
  },

  draw(context, { map, width, height, time, labels, obstacles }) {
    const { index, symbols } = this.options;
    const { echelons } = index;
    const size = this.symbolSize();
    const echelon = this.effectiveEchelon();
    const placed = index.positionsAt(time, echelon);
    // Selected units always show, even when the filter would hide them.
    if (this.selected && !placed.some((p) => p.formation === this.selected)) {
      const where = index.positionAt(this.selected, time);
      if (where) placed.push({ ...where, formationRecord: index.formationById.get(this.selected) });
    }
    // Larger echelons first, so they win label collisions and sit on top.
    placed.sort((a, b) => echelons.indexOf(b.formationRecord.echelon) - echelons.indexOf(a.formationRecord.echelon));
    const hitBoxes = [];
    const labelBoxes = [];
    for (const where of placed) {
      const formation = where.formationRecord;
      const point = map.latLngToContainerPoint([where.lat, where.lon]);
      const colour = index.sideBySlug.get(formation.side)?.colour || '#888888';
      const status = where.position.status;
      const symbol = symbols.get(formation.sidc, size, colour, status, formation.side);
      const x = Math.round(point.x - symbol.anchor.x);
      const y = Math.round(point.y - symbol.anchor.y);
      if (x > width || y > height || x + symbol.width < 0 || y + symbol.height < 0) continue;
      const certainty = where.position.certainty;
      // The certainty's opacity, extended by the basis: a derived or inferred position is fainter still.
      let alpha = (certainty === 'approximate' ? 0.6 : certainty === 'probable' ? 0.85 : 1) * basisFade(where.position);
      if (status === 'destroyed' || status === 'withdrawn') alpha *= 0.6;
      context.globalAlpha = alpha;
      context.drawImage(symbol.canvas, x, y, symbol.width, symbol.height);
      const box = { x, y, width: symbol.width, height: symbol.height, formation: formation.id };
      hitBoxes.push(box);
      if (formation.id === this.selected || formation.id === this.hovered) {
        context.globalAlpha = 1;
        context.strokeStyle = formation.id === this.selected ? '#f39c12' : '#111';
        context.lineWidth = 3;
        context.strokeRect(x - 4, y - 4, symbol.width + 8, symbol.height + 8);
      }
      labelBoxes.push({ formation, box, x: point.x, y: y + symbol.height + 1, top: y });
    }
    context.globalAlpha = 1;
    this._hitBoxes = hitBoxes;
    this.lastDrawnCount = hitBoxes.length;
    obstacles.push(...hitBoxes);
    if (this.options.labels) {
      for (const { formation, x, y, top } of labelBoxes) {
        // Its side's word where the other side has a formation of the same name (layers/formation-labels.js).
        this._names ??= formationLabels(this.options.index.formations, this.options.index.sides);
        const text = this._names.get(formation.id) ?? formation.name;
        const image = this._labels.get(text, scaledFont(LABEL_FONT, displayScale(map)));
        // Under the symbol, or above it if that is taken.
        const alternatives = [{ x: Math.round(x - image.width / 2), y: Math.round(top - image.height - 1) }];
        // Larger echelons' names win: army 100 + ..., above arrows (50) and places (< 50).
        const priority = 100 + echelons.length - echelons.indexOf(formation.echelon) + (formation.id === this.selected ? 50 : 0);
        labels.push({ priority, x: Math.round(x - image.width / 2), y: Math.round(y), width: image.width, height: image.height, image, alternatives, text });
      }
    }
  },

  /** The formation under a container point, topmost first. */
  formationAt(point) {
    for (let i = this._hitBoxes.length - 1; i >= 0; i--) {
      const b = this._hitBoxes[i];
      if (point.x >= b.x && point.x <= b.x + b.width && point.y >= b.y && point.y <= b.y + b.height) return b.formation;
    }
    return null;
  },

  _onMouseMove(event) {
    const formation = this.formationAt(event.containerPoint);
    this._map.getContainer().classList.toggle('bm-over-unit', formation !== null);
    if (formation === this.hovered) return;
    this.hovered = formation;
    this.redrawNow();
    this.fire('unithover', { formation });
  },

  _onMouseOut() {
    if (this.hovered === null) return;
    this.hovered = null;
    this.redrawNow();
    this.fire('unithover', { formation: null });
  },

  _onClick(event) {
    const formation = this.formationAt(event.containerPoint);
    this.select(formation);
  },
});

export function unitLayer(options) {
  return new UnitLayer(options);
}

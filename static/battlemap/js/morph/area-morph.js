// Morphing each side's areas between days by interpolating their signed distance fields: a shape gone on one day morphs into its partner or shrinks to its skeleton.
import { DayMorph } from './day-morph.js';

/**
 * Pair shapes that vanish after the first day with shapes of the same side that appear on the
 * second (a role or certainty change): key -> the other day's shape, both ways.
 */
function partnersOf(before, after) {
  const partners = new Map();
  const appearing = [...after.values()].filter((shape) => !before.has(shape.key) && shape.role !== 'contested');
  for (const vanishing of before.values()) {
    if (after.has(vanishing.key) || vanishing.role === 'contested') continue;
    const partner = appearing.find((shape) => shape.side === vanishing.side && !partners.has(shape.key));
    if (!partner) continue;
    partners.set(vanishing.key, partner);
    partners.set(partner.key, vanishing);
  }
  return partners;
}

export class AreaMorph extends DayMorph {
  /**
   * The areas at a time: [{key, side, role, certainty, polygons, opacity}] with polygons as
   * GeoJSON MultiPolygon coordinates in grid units. A shape that is there on one of the two days
   * only morphs into (or out of) a shape of the same side that is there on the other day only,
   * e.g. the salient into the pocket on the day it is cut off, the two cross-fading; with no such
   * partner it grows from, or shrinks to, its own skeleton. Nothing pops in or out.
   */
  _morphBetween(span) {
    const shapes = [];
    for (const piece of this._pieces(span)) {
      const { key, like, opacity = 1 } = piece;
      const style = { key, side: like.side, role: like.role, certainty: like.certainty };
      if (piece.missing) {
        const nearer = this._nearerDay(span.fraction, piece.before, piece.after);
        if (nearer) shapes.push({ ...style, polygons: this.days.vectorPolygonsOf(nearer), opacity });
        continue;
      }
      const polygons = piece.vector ? this.days.vectorPolygonsOf(piece.vector) : this._contour(piece, span.fraction);
      if (polygons.length) shapes.push({ ...style, polygons, opacity });
    }
    return shapes;
  }

  _prepareWindows(span) {
    for (const piece of this._pieces(span)) if (piece.pair) this._window(piece);
  }

  /**
   * What each shape key is at a span: the authored geometry (`vector`: a whole day, or a shape
   * that does not change), a blend of two fields (`pair`: [shapeFrom, shapeTo, offsetFrom,
   * offsetTo]), or `missing` while a field is being built.
   */
  _pieces({ from, to, fraction }) {
    const before = this.days.shapesOfDay(from);
    const after = this.days.shapesOfDay(to);
    const keys = [...new Set([...before.keys(), ...after.keys()])].sort(this.days.compareKeys);
    const partners = fraction === 0 ? new Map() : partnersOf(before, after);
    const pieces = [];
    for (const key of keys) {
      const a = before.get(key);
      const b = after.get(key);
      const like = a || b;
      if (fraction === 0 || (a && b && a.signature === b.signature)) {
        if (a) pieces.push({ key, like, vector: a });
        continue;
      }
      const partner = partners.get(key);
      if (!this.store.fieldsOf([a, b, partner])) {
        pieces.push({ key, like, missing: true, before: a, after: b });
      } else if (a && b) {
        pieces.push({ key, like, pair: [a, b, 0, 0] });
      } else if (partner) {
        const [vanishing, appearing] = a ? [a, partner] : [partner, b];
        pieces.push({ key, like, scratch: `pair:${vanishing.key}`, pair: [vanishing, appearing, 0, 0], opacity: a ? 1 - fraction : fraction });
      } else if (a) {
        pieces.push({ key, like, pair: [a, a, 0, this.store.fieldOf(a).vanishOffset] });
      } else {
        pieces.push({ key, like, pair: [b, b, this.store.fieldOf(b).vanishOffset, 0] });
      }
    }
    return pieces;
  }

  /** The cells where either day's shape is near, outside which the piece's contour cannot lie. */
  _window({ pair: [shapeA, shapeB, offsetA, offsetB] }) {
    const signature = shapeA === shapeB ? shapeA.signature : `${shapeA.signature}\n${shapeB.signature}`;
    return this.store.window(`shape:${signature}`, [[[this.store.fieldOf(shapeA), offsetA], [this.store.fieldOf(shapeB), offsetB]]], 1);
  }

  /** Contour of one piece's blend, windowed. */
  _contour(piece, fraction) {
    const window = this._window(piece);
    if (!window) return [];
    const [shapeA, shapeB, offsetA, offsetB] = piece.pair;
    const values = this.store.blend(piece.scratch || piece.key, window, fraction, [this.store.fieldOf(shapeA), this.store.fieldOf(shapeB), offsetA, offsetB]);
    return this.store.contour(values, window);
  }
}

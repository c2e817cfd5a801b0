// Morphing the front line between each two sides: an authored front along its length, else the zero level of half the difference of the sides' blended fields.
import { DayMorph } from './day-morph.js';
import { morphLines } from './line-morph.js';
import { FIELD_SCALE } from './shape-field.js';

// A front segment is drawn only where both sides' areas lie within this many cells of it, so the
// line stops where one side borders empty map instead of running on into nowhere...
const FRONT_REACH_CELLS = 3;
// ...and where at least one side's area comes within this many cells, so that it also stops
// where the data stops (as the authored front of a whole day does) instead of a few cells on.
const FRONT_OVERHANG_CELLS = 1;

/** Bilinear sample of a cell-centred field at fractional grid coordinates. */
export function sampleField(field, width, height, gx, gy) {
  const u = Math.min(width - 1, Math.max(0, gx - 0.5));
  const v = Math.min(height - 1, Math.max(0, gy - 0.5));
  const i = Math.min(width - 2, Math.floor(u));
  const j = Math.min(height - 2, Math.floor(v));
  const fu = u - i;
  const fv = v - j;
  const row = j * width + i;
  return (field[row] * (1 - fu) + field[row + 1] * fu) * (1 - fv)
    + (field[row + width] * (1 - fu) + field[row + width + 1] * fu) * fv;
}

/**
 * The runs of a contour ring whose segments `keepSegment(p, q)` keeps; a ring kept all round
 * comes back closed, its last run joined onto its first.
 */
function keptRuns(ring, keepSegment) {
  let current = null;
  const kept = [];
  for (let k = 1; k < ring.length; k++) {
    const p = ring[k - 1];
    const q = ring[k];
    if (keepSegment(p, q)) {
      if (!current) kept.push((current = [p]));
      current.push(q);
    } else {
      current = null;
    }
  }
  if (kept.length > 1 && kept[0][0] === ring[0] && kept[kept.length - 1].at(-1) === ring.at(-1)) {
    const last = kept.pop();
    kept[0] = last.concat(kept[0].slice(1));
  }
  return kept;
}

export class FrontMorph extends DayMorph {
  /**
   * The front lines at a time: [{sides: [a, b], certainty, lines: [[[gx, gy], ...], ...]}]. Where
   * a front of either day is authored it is morphed along its length (its source may draw no
   * areas); otherwise it is the zero contour of the half-difference of the two sides'
   * interpolated distance fields, kept only where both sides are near.
   */
  _morphBetween({ from, to, fraction }) {
    if (fraction === 0 && this.days.frontsByDate) return this.days.vectorFrontsOf(from);
    const fronts = [];
    for (const [sideA, sideB] of this._sidePairs()) {
      const [before, after] = [this.days.pairFront(from, sideA, sideB), this.days.pairFront(to, sideA, sideB)];
      const certainty = ((fraction < 0.5 ? before : after) || before || after)?.certainty || 'certain';
      let lines;
      if (before?.origin === 'authored' || after?.origin === 'authored') {
        lines = morphLines(before?.lines || [], after?.lines || [], fraction);
      } else {
        const fields = this._sideFields(from, to, sideA, sideB);
        if (!fields) {
          const nearer = this._nearerDay(fraction, before, after);
          if (nearer) fronts.push({ sides: [sideA, sideB], certainty, lines: nearer.lines });
          continue;
        }
        lines = this._frontLines(`front:${sideA}:${sideB}`, fields, fraction);
      }
      if (lines.length) fronts.push({ sides: [sideA, sideB], certainty, lines });
    }
    return fronts;
  }

  _prepareWindows({ from, to, fraction }) {
    if (fraction === 0 && this.days.frontsByDate) return;
    for (const [sideA, sideB] of this._sidePairs()) {
      const authored = [from, to].some((day) => this.days.pairFront(day, sideA, sideB)?.origin === 'authored');
      const fields = authored ? null : this._sideFields(from, to, sideA, sideB);
      if (fields) this._window(`front:${sideA}:${sideB}`, fields);
    }
  }

  /** Each two sides, in the order of the sides. */
  _sidePairs() {
    const { sides } = this.days;
    const pairs = [];
    for (let i = 0; i < sides.length; i++) for (let j = i + 1; j < sides.length; j++) pairs.push([sides[i], sides[j]]);
    return pairs;
  }

  /** The two sides' fields on both days, [[a0, a1], [b0, b1]], or null while one is built elsewhere. */
  _sideFields(from, to, sideA, sideB) {
    const fieldsA = [this.store.sideFieldOf(from, sideA), this.store.sideFieldOf(to, sideA)];
    const fieldsB = [this.store.sideFieldOf(from, sideB), this.store.sideFieldOf(to, sideB)];
    return [...fieldsA, ...fieldsB].includes(null) ? null : [fieldsA, fieldsB];
  }

  /** Only where both sides come within reach can a front segment be kept. */
  _window(key, [[a0, a1], [b0, b1]]) {
    const signature = `${key}:${a0.signature}|${a1.signature}|${b0.signature}|${b1.signature}`;
    return this.store.window(signature, [[[a0, 0], [a1, 0]], [[b0, 0], [b1, 0]]], FRONT_REACH_CELLS + 1);
  }

  _frontLines(key, fields, fraction) {
    const window = this._window(key, fields);
    if (!window) return [];
    const [[a0, a1], [b0, b1]] = fields;
    const values = this.store.blend(key, window, fraction, [a0, a1], [b0, b1]);
    const { width, height } = this.grid;
    const keep = 1 - fraction;
    // In cells, as the reach constants are.
    const sideDistance = (field0, field1, x, y) => (sampleField(field0, width, height, x, y) * keep
      + sampleField(field1, width, height, x, y) * fraction) / FIELD_SCALE;
    const [x0, y0, x1, y1] = window;
    const onBorder = (p, q) => (p[0] === q[0] && (p[0] <= x0 || p[0] >= x1))
      || (p[1] === q[1] && (p[1] <= y0 || p[1] >= y1));
    const keepSegment = (p, q) => {
      if (onBorder(p, q)) return false;
      const mx = (p[0] + q[0]) / 2;
      const my = (p[1] + q[1]) / 2;
      const distanceA = sideDistance(a0, a1, mx, my);
      const distanceB = sideDistance(b0, b1, mx, my);
      return distanceA < FRONT_REACH_CELLS && distanceB < FRONT_REACH_CELLS
        && Math.min(distanceA, distanceB) < FRONT_OVERHANG_CELLS;
    };
    const lines = [];
    for (const polygon of this.store.contour(values, window)) {
      for (const ring of polygon) lines.push(...keptRuns(ring, keepSegment));
    }
    return lines;
  }
}

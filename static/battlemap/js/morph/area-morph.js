// Morphing each side's areas and the front line between days by interpolating signed distance fields
// (authored front lines, which need no areas, are morphed along their length instead).
import { lonLatToGrid } from '../core/projection.js';
import { contourPolygons } from './marching-squares.js';
import { morphLines } from './line-morph.js';
import { FIELD_SCALE, buildShapeField } from './shape-field.js';

/** Drawing order of roles, bottom to top. */
export const AREA_ROLES = ['held', 'salient', 'contested', 'pocket'];
const CERTAINTY_ORDER = ['certain', 'probable', 'approximate'];
// A front segment is drawn only where both sides' areas lie within this many cells of it, so the
// line stops where one side borders empty map instead of running on into nowhere...
const FRONT_REACH_CELLS = 3;
// ...and where at least one side's area comes within this many cells, so that it also stops
// where the data stops (as the authored front of a whole day does) instead of a few cells on.
const FRONT_OVERHANG_CELLS = 1;

function geometryPolygons(geometry) {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

/** Key of one morphable field: everything drawn in one style is morphed as one shape. */
export function areaKey(area) {
  return `${area.side}|${area.role}|${area.certainty || 'certain'}`;
}

function compareKeys(a, b) {
  const [sideA, roleA, certaintyA] = a.split('|');
  const [sideB, roleB, certaintyB] = b.split('|');
  return (AREA_ROLES.indexOf(roleA) - AREA_ROLES.indexOf(roleB))
    || (CERTAINTY_ORDER.indexOf(certaintyA) - CERTAINTY_ORDER.indexOf(certaintyB))
    // By code unit, as Python orders slugs (localeCompare would also load a collator first).
    || (sideA < sideB ? -1 : sideA > sideB ? 1 : 0);
}

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

export class AreaMorph {
  /**
   * dates: the operation's dates; areasByDate: {date: [area...]} with an entry for every date;
   * sides: side slugs in order; grid: from createGrid; frontsByDate (optional): {date: [{sides,
   * geometry}]}, the true front lines drawn on whole days; contour: (values, width, height,
   * threshold) => MultiPolygon coordinates, marching squares by default; buildFields: true to
   * build a missing distance field on the spot, false when another builder (the field worker)
   * hands them in through acceptField: until then a morph that needs one shows the nearer day
   * as authored, and onFieldWanted(shape) is told which field the current time waits for.
   */
  constructor({ dates, areasByDate, sides, grid, frontsByDate = null, contour = contourPolygons, buildFields = true, onFieldWanted = null }) {
    if (typeof contour !== 'function') throw new TypeError('AreaMorph: contour must be a function');
    this.dates = dates;
    this.areasByDate = areasByDate;
    this.frontsByDate = frontsByDate;
    this._vectorPolygons = new Map(); // signature -> the authored geometry in grid coordinates
    this._vectorFronts = new Map(); // dayIndex -> fronts in grid coordinates
    this.sides = sides;
    this.grid = grid;
    this._contourOf = contour;
    this._windows = new Map(); // pair signature -> cell window where the contour can lie
    this._dayShapes = new Map(); // dayIndex -> Map(key -> {signature, areas})
    this._fields = new Map(); // signature -> Int16Array signed distance in field units (shape-field.js)
    this.buildFields = buildFields;
    this.onFieldWanted = onFieldWanted;
    this._scratch = new Map(); // key -> Float32Array reused per frame
    this._lastShapes = { time: NaN, shapes: null };
    this._lastFront = { time: NaN, fronts: null };
    this.fieldBuildCount = 0;
    /** Whether the last shapesAt / frontAt had every field it needed (else it showed the nearer day). */
    this.shapesComplete = true;
    this.frontComplete = true;
  }

  /** Bytes held by the distance fields kept (a side's field that is its one shape's is counted once). */
  get fieldBytes() {
    let bytes = 0;
    for (const field of new Set(this._fields.values())) bytes += field.byteLength;
    return bytes;
  }

  /** How many distance fields are kept (distinct arrays). */
  get fieldCount() {
    return new Set(this._fields.values()).size;
  }

  get dayCount() {
    return this.dates.length;
  }

  /** The day's areas grouped by key, each with a signature that is equal when the geometry is. */
  shapesOfDay(dayIndex) {
    let shapes = this._dayShapes.get(dayIndex);
    if (shapes) return shapes;
    shapes = new Map();
    for (const area of this.areasByDate[this.dates[dayIndex]] || []) {
      const key = areaKey(area);
      if (!shapes.has(key)) shapes.set(key, { key, side: area.side, role: area.role, certainty: area.certainty || 'certain', areas: [] });
      shapes.get(key).areas.push(area);
    }
    for (const shape of shapes.values()) shape.signature = `${shape.key}:${JSON.stringify(shape.areas.map((a) => a.geometry))}`;
    this._dayShapes.set(dayIndex, shapes);
    return shapes;
  }

  /**
   * Signed distance field (negative inside, in field units) of one day's shape, built once per
   * distinct geometry; null while it is being built elsewhere.
   */
  fieldOf(shape) {
    const field = this._fields.get(shape.signature);
    if (field) return field;
    if (!this.buildFields) {
      this.onFieldWanted?.(shape);
      return null;
    }
    const { width, height } = this.grid;
    const built = buildShapeField(this.vectorPolygonsOf(shape), width, height);
    return this.acceptField(shape.signature, built.field, built.vanishOffset);
  }

  /** Take a shape's field built elsewhere (the field worker); returns it. */
  acceptField(signature, field, vanishOffset) {
    if (this._fields.has(signature)) return this._fields.get(signature);
    field.vanishOffset = vanishOffset;
    field.signature = signature;
    this._fields.set(signature, field);
    this.fieldBuildCount++;
    return field;
  }

  /** The signatures of every field a morph between two of the days first..last needs. */
  fieldSignaturesOfDays(first, last) {
    const signatures = new Set();
    for (let day = Math.max(0, first); day <= Math.min(this.dayCount - 1, last); day++) {
      for (const shape of this.shapesOfDay(day).values()) signatures.add(shape.signature);
      for (const side of this.sides) signatures.add(this._sideSignature(this._sideShapes(day, side), side));
    }
    return signatures;
  }

  /**
   * Let go of the fields no morph between the days first..last needs, so that memory holds the
   * days around the current time and not the whole operation; returns how many were let go. A
   * field let go is built again when it is wanted (its cell windows are kept: they are small).
   */
  releaseFieldsOutside(first, last) {
    const keep = this.fieldSignaturesOfDays(first, last);
    let released = 0;
    for (const signature of [...this._fields.keys()]) {
      if (keep.has(signature)) continue;
      this._fields.delete(signature);
      released++;
    }
    if (released) {
      this._lastShapes = { time: NaN, shapes: null };
      this._lastFront = { time: NaN, fronts: null };
    }
    return released;
  }

  /** The day's shapes whose fields are not built yet. */
  shapesWithoutFields(dayIndex) {
    return [...this.shapesOfDay(dayIndex).values()].filter((shape) => !this._fields.has(shape.signature));
  }

  /** The shapes a side's field is the union of on one day (its contested ground is not its own). */
  _sideShapes(dayIndex, side) {
    return [...this.shapesOfDay(dayIndex).values()].filter((s) => s.side === side && s.role !== 'contested');
  }

  _sideSignature(shapes, side) {
    return `side:${side}:${shapes.map((s) => s.signature).join('\n')}`;
  }

  /** Union (minimum) of a side's fields on one day; +large where the side holds nothing. */
  sideFieldOf(dayIndex, side) {
    const shapes = this._sideShapes(dayIndex, side);
    const signature = this._sideSignature(shapes, side);
    let field = this._fields.get(signature);
    if (field) return field;
    const parts = shapes.map((shape) => this.fieldOf(shape));
    if (parts.includes(null)) return null;
    if (parts.length === 1) {
      // The union of one shape is that shape: its field serves, not a copy of it.
      this._fields.set(signature, parts[0]);
      return parts[0];
    }
    const { width, height } = this.grid;
    field = new Int16Array(width * height).fill(Math.min(32767, (width + height) * FIELD_SCALE));
    for (const part of parts) {
      for (let i = 0; i < field.length; i++) if (part[i] < field[i]) field[i] = part[i];
    }
    field.signature = signature;
    this._fields.set(signature, field);
    return field;
  }

  /**
   * Do the one-off work for the morph from a day to the next (fields, windows, exact contours)
   * ahead of time, so that scrubbing across it later costs only the per-frame part.
   */
  prepareDay(dayIndex) {
    // What the map last drew, and whether it was whole, stay as they were.
    const [shapes, front, shapesComplete, frontComplete] = [this._lastShapes, this._lastFront, this.shapesComplete, this.frontComplete];
    this.shapesAt(dayIndex + 0.5);
    this.frontAt(dayIndex + 0.5);
    this._lastShapes = shapes;
    this._lastFront = front;
    this.shapesComplete = shapesComplete;
    this.frontComplete = frontComplete;
  }

  /**
   * The same work as prepareDay, in steps of about one distance field each, so that it can be
   * spread over idle moments without blocking the page for long.
   */
  * preparationSteps(dayIndex) {
    const next = Math.min(this.dayCount - 1, dayIndex + 1);
    for (const day of [dayIndex, next]) {
      for (const shape of this.shapesOfDay(day).values()) {
        this.fieldOf(shape);
        yield;
      }
      for (const side of this.sides) {
        this.sideFieldOf(day, side);
        yield;
      }
    }
    this.prepareDay(dayIndex);
  }

  /** Split a time into the two days it lies between and the fraction of the way. */
  span(time) {
    const last = this.dayCount - 1;
    const clamped = Math.min(last, Math.max(0, time));
    const from = Math.min(last, Math.floor(clamped));
    const to = Math.min(last, from + 1);
    return { from, to, fraction: to === from ? 0 : clamped - from };
  }

  /**
   * The window of cells [x0, y0, x1, y1) outside which no contour can lie, cached per signature.
   * groups: [[[field, offset], ...], ...] (offsets in field units); a cell is near when, in every
   * group, some field plus its offset is below `reach` cells there.
   */
  _window(signature, groups, reach) {
    let window = this._windows.get(signature);
    if (window !== undefined) return window;
    const { width, height } = this.grid;
    const size = width * height;
    // near[i] counts the groups in which some field comes within reach of cell i.
    const near = new Uint8Array(size);
    for (const group of groups) {
      const inGroup = new Uint8Array(size);
      for (const [field, offset] of group) {
        const limit = reach * FIELD_SCALE - offset;
        for (let i = 0; i < size; i++) if (field[i] < limit) inGroup[i] = 1;
      }
      for (let i = 0; i < size; i++) near[i] += inGroup[i];
    }
    const all = groups.length;
    let [x0, y0, x1, y1] = [width, height, -1, -1];
    for (let y = 0; y < height; y++) {
      const row = y * width;
      for (let x = 0; x < width; x++) {
        if (near[row + x] !== all) continue;
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        y1 = y;
      }
    }
    // Two cells of margin so the contour closes inside the window, as it would on the full grid.
    window = x1 < 0 ? null : [Math.max(0, x0 - 2), Math.max(0, y0 - 2), Math.min(width, x1 + 3), Math.min(height, y1 + 3)];
    this._windows.set(signature, window);
    return window;
  }

  /** Zero contour of window-sized values, in full-grid coordinates. */
  _contour(values, window) {
    const [x0, y0, x1, y1] = window;
    const polygons = this._contourOf(values, x1 - x0, y1 - y0, 0);
    if (x0 !== 0 || y0 !== 0) {
      for (const polygon of polygons) for (const ring of polygon) for (const point of ring) { point[0] += x0; point[1] += y0; }
    }
    return polygons;
  }

  /**
   * Interpolate -(field) of two days over a window into a scratch buffer; positive inside, as
   * d3-contour wants. offsetA/offsetB raise a field to make a shape vanish.
   */
  _blend(key, window, fieldA, fieldB, fraction, offsetA = 0, offsetB = 0) {
    const [x0, y0, x1, y1] = window;
    const windowWidth = x1 - x0;
    const size = windowWidth * (y1 - y0);
    let out = this._scratch.get(key);
    if (!out || out.length < size) this._scratch.set(key, (out = new Float32Array(size)));
    const { width } = this.grid;
    const keep = 1 - fraction;
    for (let y = y0; y < y1; y++) {
      const row = y * width;
      const outRow = (y - y0) * windowWidth - x0;
      for (let x = x0; x < x1; x++) {
        out[outRow + x] = -((fieldA[row + x] + offsetA) * keep + (fieldB[row + x] + offsetB) * fraction);
      }
    }
    return out.length === size ? out : out.subarray(0, size);
  }

  /** Contour of one shape's morph, windowed to the cells where either day's shape is near. */
  _morphContour(key, fieldA, fieldB, fraction, offsetA, offsetB, signature) {
    const window = this._window(`shape:${signature}`, [[[fieldA, offsetA], [fieldB, offsetB]]], 1);
    if (!window) return [];
    return this._contour(this._blend(key, window, fieldA, fieldB, fraction, offsetA, offsetB), window);
  }

  /**
   * A shape's authored geometry in grid coordinates: what is drawn on whole days and while the
   * shape does not change, so that the map shows the sources' outlines exactly when it can.
   */
  vectorPolygonsOf(shape) {
    let polygons = this._vectorPolygons.get(shape.signature);
    if (!polygons) {
      polygons = [];
      for (const area of shape.areas) {
        for (const polygon of geometryPolygons(area.geometry)) {
          polygons.push(polygon.map((ring) => ring.map(([lon, lat]) => lonLatToGrid(this.grid, lon, lat))));
        }
      }
      this._vectorPolygons.set(shape.signature, polygons);
    }
    return polygons;
  }

  /**
   * The areas at a time: [{key, side, role, certainty, polygons, opacity}] with polygons as
   * GeoJSON MultiPolygon coordinates in grid units. A shape that is there on one of the two days
   * only morphs into (or out of) a shape of the same side that is there on the other day only,
   * e.g. the salient into the pocket on the day it is cut off, the two cross-fading; with no such
   * partner it grows from, or shrinks to, its own skeleton. Nothing pops in or out.
   */
  shapesAt(time) {
    // Only a whole answer is kept.
    if (time === this._lastShapes.time) {
      this.shapesComplete = true;
      return this._lastShapes.shapes;
    }
    const { from, to, fraction } = this.span(time);
    const before = this.shapesOfDay(from);
    const after = this.shapesOfDay(to);
    const keys = [...new Set([...before.keys(), ...after.keys()])].sort(compareKeys);
    const partners = fraction === 0 ? new Map() : this._partners(before, after);
    const shapes = [];
    let complete = true;
    for (const key of keys) {
      const a = before.get(key);
      const b = after.get(key);
      const like = a || b;
      let polygons;
      let opacity = 1;
      if (fraction > 0 && !(a && b && a.signature === b.signature) && !this._fieldsReady(a, b, partners.get(key))) {
        // A field is still being built: the nearer day as authored, until it is there.
        complete = false;
        const nearer = fraction < 0.5 ? a : b;
        if (nearer) shapes.push({ key, side: like.side, role: like.role, certainty: like.certainty, polygons: this.vectorPolygonsOf(nearer), opacity });
        continue;
      }
      if (fraction === 0) {
        if (!a) continue;
        polygons = this.vectorPolygonsOf(a);
      } else if (a && b && a.signature === b.signature) {
        polygons = this.vectorPolygonsOf(a);
      } else if (a && b) {
        polygons = this._morphContour(key, this.fieldOf(a), this.fieldOf(b), fraction, 0, 0, `${a.signature}\n${b.signature}`);
      } else if (partners.has(key)) {
        const [vanishing, appearing] = a ? [a, partners.get(key)] : [partners.get(key), b];
        polygons = this._morphContour(`pair:${vanishing.key}`, this.fieldOf(vanishing), this.fieldOf(appearing), fraction, 0, 0, `${vanishing.signature}\n${appearing.signature}`);
        opacity = a ? 1 - fraction : fraction;
      } else if (a) {
        polygons = this._morphContour(key, this.fieldOf(a), this.fieldOf(a), fraction, 0, this.fieldOf(a).vanishOffset, a.signature);
      } else {
        polygons = this._morphContour(key, this.fieldOf(b), this.fieldOf(b), fraction, this.fieldOf(b).vanishOffset, 0, b.signature);
      }
      if (polygons.length) shapes.push({ key, side: like.side, role: like.role, certainty: like.certainty, polygons, opacity });
    }
    // An incomplete answer is not kept: the next frame asks again, and gets the morph once the
    // fields are in.
    this._lastShapes = complete ? { time, shapes } : { time: NaN, shapes: null };
    this.shapesComplete = complete;
    return shapes;
  }

  /** Whether the fields a morph between shapes a and b (and a's or b's partner) needs are built; asks for the missing ones. */
  _fieldsReady(...shapes) {
    let ready = true;
    for (const shape of shapes) if (shape && !this.fieldOf(shape)) ready = false;
    return ready;
  }

  /**
   * Pair shapes that vanish after the first day with shapes of the same side that appear on the
   * second (a role or certainty change): key -> the other day's shape, both ways.
   */
  _partners(before, after) {
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

  /**
   * The front lines at a time: [{sides: [a, b], certainty, lines: [[[gx, gy], ...], ...]}]. Where
   * a front of either day is authored it is morphed along its length (its source may draw no
   * areas); otherwise it is the zero contour of the half-difference of the two sides'
   * interpolated distance fields, kept only where both sides are near.
   */
  frontAt(time) {
    if (time === this._lastFront.time) {
      this.frontComplete = true;
      return this._lastFront.fronts;
    }
    const { from, to, fraction } = this.span(time);
    if (fraction === 0 && this.frontsByDate) {
      const fronts = this.vectorFrontsOf(from);
      this._lastFront = { time, fronts };
      this.frontComplete = true;
      return fronts;
    }
    const fronts = [];
    let complete = true;
    for (let i = 0; i < this.sides.length; i++) {
      for (let j = i + 1; j < this.sides.length; j++) {
        const [sideA, sideB] = [this.sides[i], this.sides[j]];
        const [before, after] = [this._pairFront(from, sideA, sideB), this._pairFront(to, sideA, sideB)];
        const certainty = ((fraction < 0.5 ? before : after) || before || after)?.certainty || 'certain';
        if (before?.origin === 'authored' || after?.origin === 'authored') {
          const lines = morphLines(before?.lines || [], after?.lines || [], fraction);
          if (lines.length) fronts.push({ sides: [sideA, sideB], certainty, lines });
          continue;
        }
        const fieldsA = [this.sideFieldOf(from, sideA), this.sideFieldOf(to, sideA)];
        const fieldsB = [this.sideFieldOf(from, sideB), this.sideFieldOf(to, sideB)];
        if ([...fieldsA, ...fieldsB].includes(null)) {
          // A field is still being built: the nearer day's stored front, until it is there.
          complete = false;
          const nearer = fraction < 0.5 ? before : after;
          if (nearer) fronts.push({ sides: [sideA, sideB], certainty, lines: nearer.lines });
          continue;
        }
        const lines = this._frontLines(`front:${sideA}:${sideB}`, fieldsA, fieldsB, fraction);
        if (lines.length) fronts.push({ sides: [sideA, sideB], certainty, lines });
      }
    }
    this._lastFront = complete ? { time, fronts } : { time: NaN, fronts: null };
    this.frontComplete = complete;
    return fronts;
  }

  /** The day's front between two sides (in either order), or null; none without frontsByDate. */
  _pairFront(dayIndex, sideA, sideB) {
    if (!this.frontsByDate) return null;
    return this.vectorFrontsOf(dayIndex).find(({ sides: [a, b] }) => (a === sideA && b === sideB) || (a === sideB && b === sideA)) || null;
  }

  /** The day's stored front lines in grid coordinates, as frontAt gives them. */
  vectorFrontsOf(dayIndex) {
    let fronts = this._vectorFronts.get(dayIndex);
    if (fronts) return fronts;
    fronts = [];
    for (const front of this.frontsByDate[this.dates[dayIndex]] || []) {
      const { type, coordinates } = front.geometry || {};
      const lines = type === 'LineString' ? [coordinates] : type === 'MultiLineString' ? coordinates : [];
      if (!lines.length) continue;
      fronts.push({ sides: front.sides, origin: front.origin || 'derived', certainty: front.certainty || 'certain', lines: lines.map((line) => line.map(([lon, lat]) => lonLatToGrid(this.grid, lon, lat))) });
    }
    this._vectorFronts.set(dayIndex, fronts);
    return fronts;
  }

  _frontLines(key, [a0, a1], [b0, b1], fraction) {
    const { width } = this.grid;
    // Only where both sides come within reach can a front segment be kept.
    const reach = FRONT_REACH_CELLS + 1;
    const window = this._window(`${key}:${a0.signature}|${a1.signature}|${b0.signature}|${b1.signature}`, [[[a0, 0], [a1, 0]], [[b0, 0], [b1, 0]]], reach);
    if (!window) return [];
    const [x0, y0, x1, y1] = window;
    const windowWidth = x1 - x0;
    const size = windowWidth * (y1 - y0);
    let values = this._scratch.get(key);
    if (!values || values.length < size) this._scratch.set(key, (values = new Float32Array(size)));
    if (values.length !== size) values = values.subarray(0, size);
    const keep = 1 - fraction;
    for (let y = y0; y < y1; y++) {
      for (let x = x0; x < x1; x++) {
        const i = y * width + x;
        values[(y - y0) * windowWidth + (x - x0)] = ((b0[i] * keep + b1[i] * fraction) - (a0[i] * keep + a1[i] * fraction)) / 2;
      }
    }
    const { height } = this.grid;
    // In cells, as the reach constants are.
    const sideDistance = (field0, field1, x, y) => (sampleField(field0, width, height, x, y) * keep
      + sampleField(field1, width, height, x, y) * fraction) / FIELD_SCALE;
    const onBorder = (p, q) => (p[0] === q[0] && (p[0] <= x0 || p[0] >= x1))
      || (p[1] === q[1] && (p[1] <= y0 || p[1] >= y1));
    const lines = [];
    for (const polygon of this._contour(values, window)) {
      for (const ring of polygon) {
        let current = null;
        const kept = [];
        for (let k = 1; k < ring.length; k++) {
          const p = ring[k - 1];
          const q = ring[k];
          const mx = (p[0] + q[0]) / 2;
          const my = (p[1] + q[1]) / 2;
          const distanceA = sideDistance(a0, a1, mx, my);
          const distanceB = sideDistance(b0, b1, mx, my);
          const keepSegment = !onBorder(p, q)
            && distanceA < FRONT_REACH_CELLS && distanceB < FRONT_REACH_CELLS
            && Math.min(distanceA, distanceB) < FRONT_OVERHANG_CELLS;
          if (keepSegment) {
            if (!current) kept.push((current = [p]));
            current.push(q);
          } else {
            current = null;
          }
        }
        // A ring kept all round is closed; join its last run onto its first.
        if (kept.length > 1 && kept[0][0] === ring[0] && kept[kept.length - 1].at(-1) === ring.at(-1)) {
          const last = kept.pop();
          kept[0] = last.concat(kept[0].slice(1));
        }
        lines.push(...kept);
      }
    }
    return lines;
  }
}

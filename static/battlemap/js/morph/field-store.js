// The morph's signed distance fields: built here or handed in by the field worker, kept for the days around the time, windowed, blended and contoured.
import { contourPolygons } from './marching-squares.js';
import { FIELD_SCALE, buildShapeField } from './shape-field.js';

export class FieldStore {
  /**
   * days: the DayShapes; contour: (values, width, height, threshold) => MultiPolygon
   * coordinates, marching squares by default; buildFields: true to build a missing distance
   * field on the spot, false when another builder (the field worker) hands them in through
   * acceptField: until then fieldOf answers null, and onFieldWanted(shape) is told which field
   * the current time waits for.
   */
  constructor({ days, contour = contourPolygons, buildFields = true, onFieldWanted = null }) {
    if (typeof contour !== 'function') throw new TypeError('FieldStore: contour must be a function');
    this.days = days;
    this.grid = days.grid;
    this._contourOf = contour;
    this.buildFields = buildFields;
    this.onFieldWanted = onFieldWanted;
    this._fields = new Map(); // signature -> Int16Array signed distance in field units (shape-field.js)
    this._windows = new Map(); // pair signature -> cell window where the contour can lie
    this._scratch = new Map(); // key -> Float32Array reused per frame
    this.fieldBuildCount = 0;
    /** Counts the releases of fields: a morph's answer kept from before one is not reused. */
    this.generation = 0;
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
    const built = buildShapeField(this.days.vectorPolygonsOf(shape), width, height);
    return this.acceptField(shape.signature, built.field, built.vanishOffset);
  }

  /** The fields of `shapes` (an absent shape gives undefined), or null while any is built elsewhere; asks for every missing one. */
  fieldsOf(shapes) {
    const fields = shapes.map((shape) => shape && this.fieldOf(shape));
    return fields.includes(null) ? null : fields;
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

  /** Union (minimum) of a side's fields on one day; +large where the side holds nothing; null while a part is built elsewhere. */
  sideFieldOf(dayIndex, side) {
    const shapes = this.days.sideShapes(dayIndex, side);
    const signature = this.days.sideSignature(shapes, side);
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

  /** The signatures of every field a morph between two of the days first..last needs. */
  fieldSignaturesOfDays(first, last) {
    const signatures = new Set();
    for (let day = Math.max(0, first); day <= Math.min(this.days.dayCount - 1, last); day++) {
      for (const shape of this.days.shapesOfDay(day).values()) signatures.add(shape.signature);
      for (const side of this.days.sides) signatures.add(this.days.sideSignature(this.days.sideShapes(day, side), side));
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
    if (released) this.generation++;
    return released;
  }

  /** The day's shapes whose fields are not built yet. */
  shapesWithoutFields(dayIndex) {
    return [...this.days.shapesOfDay(dayIndex).values()].filter((shape) => !this._fields.has(shape.signature));
  }

  /**
   * Build the fields the morph from a day to the next needs (each shape's and each side's),
   * ahead of time; asks for those built elsewhere.
   */
  prepareDay(dayIndex) {
    for (const _ of this.preparationSteps(dayIndex));
  }

  /** The same work as prepareDay, in steps of about one distance field each, to spread over idle moments. */
  * preparationSteps(dayIndex) {
    const next = Math.min(this.days.dayCount - 1, dayIndex + 1);
    for (const day of [dayIndex, next]) {
      for (const shape of this.days.shapesOfDay(day).values()) {
        this.fieldOf(shape);
        yield;
      }
      for (const side of this.days.sides) {
        this.sideFieldOf(day, side);
        yield;
      }
    }
  }

  /**
   * The window of cells [x0, y0, x1, y1) outside which no contour can lie, cached per signature;
   * null when there is none. groups: [[[field, offset], ...], ...] (offsets in field units); a
   * cell is near when, in every group, some field plus its offset is below `reach` cells there.
   */
  window(signature, groups, reach) {
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

  /**
   * The blend of two days' fields over a window, into the scratch buffer `key`, positive inside
   * as marching squares wants. a: [fieldFrom, fieldTo, offsetFrom, offsetTo] (an offset raises
   * a field to make its shape vanish). With b (two fields of another side) it is half the
   * difference of the two blends, (b − a) / 2, whose zero level is the front between them.
   */
  blend(key, window, fraction, [a0, a1, offsetA0 = 0, offsetA1 = 0], b = null) {
    const [x0, y0, x1, y1] = window;
    const windowWidth = x1 - x0;
    const size = windowWidth * (y1 - y0);
    let out = this._scratch.get(key);
    if (!out || out.length < size) this._scratch.set(key, (out = new Float32Array(size)));
    const { width } = this.grid;
    const keep = 1 - fraction;
    const [b0, b1] = b || [];
    for (let y = y0; y < y1; y++) {
      const row = y * width;
      const outRow = (y - y0) * windowWidth - x0;
      for (let x = x0; x < x1; x++) {
        const i = row + x;
        const blendA = (a0[i] + offsetA0) * keep + (a1[i] + offsetA1) * fraction;
        out[outRow + x] = b ? ((b0[i] * keep + b1[i] * fraction) - blendA) / 2 : -blendA;
      }
    }
    return out.length === size ? out : out.subarray(0, size);
  }

  /** Zero contour of window-sized values, in full-grid coordinates. */
  contour(values, window) {
    const [x0, y0, x1, y1] = window;
    const polygons = this._contourOf(values, x1 - x0, y1 - y0, 0);
    if (x0 !== 0 || y0 !== 0) {
      for (const polygon of polygons) for (const ring of polygon) for (const point of ring) { point[0] += x0; point[1] += y0; }
    }
    return polygons;
  }
}

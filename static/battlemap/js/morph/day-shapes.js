// The operation's days as the morph reads them: each day's areas grouped into shapes with signatures, and its authored geometry in grid coordinates.
import { lonLatToGrid } from '../core/projection.js';


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

/**
 * The drawing order of shape keys: by role (`roles`, bottom to top), then certainty
 * (`certainties`, surest first), then side. Both orders come with the timeline's vocabulary.
 */
export function keyOrder({ roles, certainties }) {
  if (!Array.isArray(roles) || !Array.isArray(certainties)) throw new TypeError('keyOrder: roles and certainties are required');
  return (a, b) => {
    const [sideA, roleA, certaintyA] = a.split('|');
    const [sideB, roleB, certaintyB] = b.split('|');
    return (roles.indexOf(roleA) - roles.indexOf(roleB))
      || (certainties.indexOf(certaintyA) - certainties.indexOf(certaintyB))
      // By code unit, as Python orders slugs (localeCompare would also load a collator first).
      || (sideA < sideB ? -1 : sideA > sideB ? 1 : 0);
  };
}

export class DayShapes {
  /**
   * dates: the operation's dates; areasByDate: {date: [area...]} with an entry for every date;
   * sides: side slugs in order; grid: from createGrid; frontsByDate (optional): {date: [{sides,
   * geometry}]}, the true front lines drawn on whole days; roles and certainties: the
   * vocabulary's orders (TimelineIndex.areaRoles and .certainties) that shapes are drawn in.
   */
  constructor({ dates, areasByDate, sides, grid, frontsByDate = null, roles, certainties }) {
    /** Compares two shape keys in drawing order. */
    this.compareKeys = keyOrder({ roles, certainties });
    this.dates = dates;
    this.areasByDate = areasByDate;
    this.frontsByDate = frontsByDate;
    this.sides = sides;
    this.grid = grid;
    this._dayShapes = new Map(); // dayIndex -> Map(key -> {signature, areas})
    this._vectorPolygons = new Map(); // signature -> the authored geometry in grid coordinates
    this._vectorFronts = new Map(); // dayIndex -> fronts in grid coordinates
  }

  get dayCount() {
    return this.dates.length;
  }

  /** Split a time into the two days it lies between and the fraction of the way. */
  span(time) {
    const last = this.dayCount - 1;
    const clamped = Math.min(last, Math.max(0, time));
    const from = Math.min(last, Math.floor(clamped));
    const to = Math.min(last, from + 1);
    return { from, to, fraction: to === from ? 0 : clamped - from };
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

  /** The shapes a side's field is the union of on one day (its contested ground is not its own). */
  sideShapes(dayIndex, side) {
    return [...this.shapesOfDay(dayIndex).values()].filter((s) => s.side === side && s.role !== 'contested');
  }

  /** The signature of a side's field: that of the union of `shapes`. */
  sideSignature(shapes, side) {
    return `side:${side}:${shapes.map((s) => s.signature).join('\n')}`;
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

  /** The day's stored front lines in grid coordinates: [{sides, origin, certainty, lines}]. */
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

  /** The day's front between two sides (in either order), or null; none without frontsByDate. */
  pairFront(dayIndex, sideA, sideB) {
    if (!this.frontsByDate) return null;
    return this.vectorFrontsOf(dayIndex).find(({ sides: [a, b] }) => (a === sideA && b === sideB) || (a === sideB && b === sideA)) || null;
  }
}

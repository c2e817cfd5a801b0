// One shape's signed distance field, held as 16-bit integers: built in the page, or in the field worker (field-worker.js).
import { rasterisePolygons, signedDistanceField } from './signed-distance.js';

/**
 * Field units per grid cell: a field holds distance × FIELD_SCALE, rounded, in an Int16Array
 * (a 32nd of a cell, tens of metres on the map; ±1,023 cells of range, more than any grid's
 * width + height). Half the memory of Float32, and the morph's contours are unchanged: marching
 * squares and the blend between two days are linear, so they do not care about the unit.
 */
export const FIELD_SCALE = 32;
const LIMIT = 32767;

/** A Float32 distance field in cells as field units. */
export function quantiseField(distances) {
  const field = new Int16Array(distances.length);
  for (let i = 0; i < distances.length; i++) {
    const value = Math.round(distances[i] * FIELD_SCALE);
    field[i] = value > LIMIT ? LIMIT : value < -LIMIT ? -LIMIT : value;
  }
  return field;
}

/**
 * The field (negative inside, in field units) of polygons given in grid coordinates, and the
 * offset that makes the shape vanish: how far the field must rise for nothing to be inside.
 */
export function buildShapeField(polygons, width, height) {
  const field = quantiseField(signedDistanceField(rasterisePolygons(polygons, width, height), width, height, polygons.flat()));
  let deepest = 0;
  for (let i = 0; i < field.length; i++) if (-field[i] > deepest) deepest = -field[i];
  return { field, vanishOffset: deepest + 0.05 * FIELD_SCALE };
}

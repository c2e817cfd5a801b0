// The morph's parts built together: the days' shapes, one field store, and the area and front morphs drawing on it.
import { AreaMorph } from './area-morph.js';
import { DayShapes } from './day-shapes.js';
import { FieldStore } from './field-store.js';
import { FrontMorph } from './front-morph.js';

/**
 * Options: those of DayShapes (dates, areasByDate, sides, grid, frontsByDate, roles, certainties) and of FieldStore
 * (contour, buildFields, onFieldWanted). Returns {days, store, areas, front}.
 */
export function createMorph({ dates, areasByDate, sides, grid, frontsByDate = null, roles, certainties, contour, buildFields, onFieldWanted }) {
  const days = new DayShapes({ dates, areasByDate, sides, grid, frontsByDate, roles, certainties });
  const store = new FieldStore({ days, contour, buildFields, onFieldWanted });
  return { days, store, areas: new AreaMorph({ store }), front: new FrontMorph({ store }) };
}

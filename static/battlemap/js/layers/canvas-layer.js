// Base Leaflet layer for what is drawn on a SharedCanvas: areas, front, places, arrows, units.
const L = window.L;

export const CanvasLayer = L.Layer.extend({
  options: {
    /** The SharedCanvas this layer draws on. */
    canvas: null,
    /** Drawing order on the shared canvas, lowest first. */
    order: 0,
  },

  initialize(options) {
    L.setOptions(this, options);
    if (!this.options.canvas) throw new Error(`${this.constructor.name || 'CanvasLayer'}: the 'canvas' option (a SharedCanvas) is required`);
  },

  onAdd(map) {
    this.options.canvas.addDrawingLayer(this, map);
  },

  onRemove() {
    this.options.canvas.removeDrawingLayer(this);
  },

  /** Redraw (with the other layers on the same canvas) on the next animation frame. */
  requestRedraw() {
    if (this._map) this.options.canvas.requestRedraw();
  },

  /** Redraw now (with the other layers on the same canvas). */
  redrawNow() {
    if (this._map) this.options.canvas.redrawNow();
  },

  /** Subclasses draw here, in container pixel coordinates: (context, {map, width, height, time}). */
  draw() {},
});

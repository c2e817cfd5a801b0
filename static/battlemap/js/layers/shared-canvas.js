// One canvas over the map view that several drawing layers share, redrawn at most once per frame.
import { placeLabels } from '../core/label-placement.js';

const L = window.L;

/**
 * Like Leaflet's L.Canvas renderer for paths: drawing layers (CanvasLayer) register with it and it
 * draws them in order of their `order` option. Fewer canvases means less to rasterise and
 * composite per frame, which is what limits the frame rate without a GPU.
 *
 * Labels are drawn last, for all layers together: a layer queues {priority, x, y, width, height,
 * image, opacity} in `labels` and marks what labels must not cover in `obstacles`; the most
 * important labels are placed first and any that would overlap are dropped.
 */
export const SharedCanvas = L.Layer.extend({
  options: {
    pane: 'overlayPane',
    /** The Clock whose 'timechange' triggers a redraw; by default the map's `clock` option. */
    clock: null,
    /**
     * While the map plays with less than full detail (the map's `detail` option, a DrawingDetail):
     * draw the time in steps of 1/lightStepsPerDay of a day, and skip the frames between (null:
     * every frame), and place at most lightLabelLimit labels, the most important (null: all).
     */
    lightStepsPerDay: null,
    lightLabelLimit: null,
  },

  initialize(options) {
    L.setOptions(this, options);
    this._layers = [];
    this._frameRequest = null;
    this._drawnTime = null;
    this._onClockChange = () => {
      if (this.options.lightStepsPerDay && this._shedding() && this._timeToDraw() === this._drawnTime) return;
      this.requestRedraw();
    };
    // Paused, the frame is drawn again in full.
    this._onClockPause = () => this.requestRedraw();
  },

  /**
   * Register a drawing layer (called by CanvasLayer.onAdd). It is drawn on the next animation
   * frame, with the others: layers added one after another (as a page starts) draw once, not
   * once per layer added.
   */
  addDrawingLayer(layer, map) {
    if (!this._layers.includes(layer)) this._layers.push(layer);
    this._layers.sort((a, b) => a.options.order - b.options.order);
    if (!map.hasLayer(this)) map.addLayer(this);
    else this.requestRedraw();
  },

  /** Unregister a drawing layer; the canvas leaves the map with its last layer. */
  removeDrawingLayer(layer) {
    this._layers = this._layers.filter((l) => l !== layer);
    if (!this._map) return;
    if (this._layers.length) this.redrawNow();
    else this._map.removeLayer(this);
  },

  onAdd() {
    this._canvas = L.DomUtil.create('canvas', 'bm-canvas-layer leaflet-zoom-animated');
    this._context = this._canvas.getContext('2d');
    this.getPane().appendChild(this._canvas);
    this._clock = this.options.clock || this._map.options.clock || null;
    this._clock?.on('timechange', this._onClockChange);
    this._clock?.on('pause', this._onClockPause);
    this._size = null;
    this._fit();
    this.requestRedraw();
  },

  onRemove() {
    this._clock?.off('timechange', this._onClockChange);
    this._clock?.off('pause', this._onClockPause);
    this._clock = null;
    if (this._frameRequest !== null) cancelAnimationFrame(this._frameRequest);
    this._frameRequest = null;
    L.DomUtil.remove(this._canvas);
    this._canvas = null;
    this._context = null;
  },

  getEvents() {
    return { move: this._reset, resize: this._reset, zoomend: this._reset, viewreset: this._reset, zoomanim: this._animateZoom };
  },

  /** Redraw on the next animation frame; several requests in one frame draw once. */
  requestRedraw() {
    if (!this._map || this._frameRequest !== null) return;
    this._frameRequest = requestAnimationFrame((frameTime) => {
      this._frameRequest = null;
      this.redrawNow(frameTime);
    });
  },

  /** Draw every registered layer now; each fires 'drawn' with its time and animation frame. */
  redrawNow(frameTime = null) {
    if (!this._map || !this._context) return;
    const { width, height, ratio } = this._size;
    this._drawnTime = this._drawInto(this._context, { width, height, ratio, frameTime, clear: true });
  },

  /** Whether the map sheds work now: it plays, with less than full detail. */
  _shedding() {
    const detail = this._map?.options.detail;
    return Boolean(detail && detail.level !== 'full' && this._clock?.playing);
  },

  /** The time to draw: the clock's display time, in steps while shedding if this canvas steps. */
  _timeToDraw() {
    const time = this._clock ? this._clock.displayTime() : 0;
    const steps = this.options.lightStepsPerDay;
    return steps && this._shedding() ? Math.floor(time * steps) / steps : time;
  },

  /**
   * Draw every registered layer into another 2D context at `ratio` device pixels per CSS pixel
   * (a picture of the frame at screen or double resolution); the context's origin is the map's
   * top-left corner.
   */
  renderTo(context, ratio) {
    if (!this._map || !this._size) return;
    const { width, height } = this._size;
    context.save();
    this._drawInto(context, { width, height, ratio, frameTime: null, clear: false, base: context.getTransform() });
    context.restore();
  },

  _drawInto(context, { width, height, ratio, frameTime, clear, base = null }) {
    context.setTransform(base ? base.scale(ratio) : new DOMMatrix([ratio, 0, 0, ratio, 0, 0]));
    if (clear) context.clearRect(0, 0, width, height);
    // The clock says what to draw: with reduced motion, whole days only.
    const time = this._timeToDraw();
    const labels = [];
    const obstacles = [];
    for (const layer of this._layers) {
      const startedAt = performance.now();
      context.save();
      layer.draw(context, { map: this._map, width, height, time, labels, obstacles });
      context.restore();
      layer.drawCount = (layer.drawCount ?? 0) + 1;
      layer.fire('drawn', { milliseconds: performance.now() - startedAt, frameTime });
    }
    if (labels.length) this._drawLabels(context, labels, obstacles, { width, height });
    else this.lastLabels = [];
    return time;
  },

  _drawLabels(context, labels, obstacles, frame) {
    labels.sort((a, b) => b.priority - a.priority);
    const limit = this.options.lightLabelLimit;
    if (limit && this._shedding() && labels.length > limit) labels.length = limit;
    // Inside the frame: a name the map's edge would cut is moved or left out.
    const kept = placeLabels(labels, obstacles, frame);
    // The boxes drawn, in the canvas's CSS pixels, for tests (text where the layer gave it).
    this.lastLabels = kept.map((i) => ({ x: labels[i].x, y: labels[i].y, width: labels[i].width, height: labels[i].height, text: labels[i].text ?? null }));
    for (const i of kept) {
      const label = labels[i];
      context.globalAlpha = label.opacity ?? 1;
      context.drawImage(label.image.canvas, label.x, label.y, label.width, label.height);
    }
    context.globalAlpha = 1;
    this.lastLabelCount = kept.length;
  },

  /** Fit the canvas to the map's view (its size and position) and draw it again now. */
  _reset() {
    if (!this._map) return;
    this._fit();
    this.redrawNow();
  },

  _fit() {
    const map = this._map;
    const size = map.getSize();
    const ratio = window.devicePixelRatio || 1;
    if (!this._size || this._size.width !== size.x || this._size.height !== size.y || this._size.ratio !== ratio) {
      this._canvas.width = Math.round(size.x * ratio);
      this._canvas.height = Math.round(size.y * ratio);
      this._canvas.style.width = `${size.x}px`;
      this._canvas.style.height = `${size.y}px`;
      this._size = { width: size.x, height: size.y, ratio };
    }
    this._topLeft = map.containerPointToLatLng([0, 0]);
    L.DomUtil.setTransform(this._canvas, map.containerPointToLayerPoint([0, 0]), 1);
  },

  _animateZoom(event) {
    const scale = this._map.getZoomScale(event.zoom);
    const offset = this._map._latLngToNewLayerPoint(this._topLeft, event.zoom, event.center);
    L.DomUtil.setTransform(this._canvas, offset, scale);
  },
});

export function sharedCanvas(options) {
  return new SharedCanvas(options);
}

// Base Leaflet layer owning one canvas that covers the map view and redraws on view or clock changes.
const L = window.L;

export const CanvasLayer = L.Layer.extend({
  options: {
    pane: 'overlayPane',
    /** The Clock whose 'timechange' triggers a redraw. */
    clock: null,
    /** Maps clock time to the time drawn (e.g. whole days when motion is reduced). */
    displayTime: (time) => time,
    /** CSS class added to the canvas. */
    className: '',
  },

  initialize(options) {
    L.setOptions(this, options);
    this._onClockChange = this._onClockChange.bind(this);
    this._frameRequest = null;
  },

  onAdd(map) {
    this._canvas = L.DomUtil.create('canvas', `bm-canvas-layer leaflet-zoom-animated ${this.options.className}`);
    this._context = this._canvas.getContext('2d');
    this.getPane().appendChild(this._canvas);
    this.options.clock?.on('timechange', this._onClockChange);
    this._reset();
  },

  onRemove() {
    this.options.clock?.off('timechange', this._onClockChange);
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

  /** Draw now; fires 'drawn' with how long it took and the animation frame it belonged to. */
  redrawNow(frameTime = null) {
    if (!this._map || !this._context) return;
    const startedAt = performance.now();
    const { width, height, ratio } = this._size;
    const context = this._context;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, height);
    this.draw(context, { map: this._map, width, height, time: this.options.displayTime(this.options.clock ? this.options.clock.time : 0) });
    this.fire('drawn', { milliseconds: performance.now() - startedAt, frameTime });
  },

  /** Subclasses draw here, in container pixel coordinates. */
  draw() {},

  _onClockChange() {
    this.requestRedraw();
  },

  _reset() {
    const map = this._map;
    if (!map) return;
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
    this.redrawNow();
  },

  _animateZoom(event) {
    const scale = this._map.getZoomScale(event.zoom);
    const offset = this._map._latLngToNewLayerPoint(this._topLeft, event.zoom, event.center);
    L.DomUtil.setTransform(this._canvas, offset, scale);
  },
});

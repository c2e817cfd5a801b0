// Fits the ground to the frame: the operation's, a from/to span's or a key moment's, at load and on every resize, until the reader moves the map.
import { viewGround } from '../core/ground.js';

const L = window.L;
/** Pixels the fitted ground keeps from the map's edges: none, as Leaflet's fitBounds, so the ground is as large as the frame allows. */
const FIT_PADDING = 0;
/** The zoom a map with no size yet starts at. */
const DEFAULT_ZOOM = 7;

/** Leaflet bounds of a [west, south, east, north] box. */
const latLngBounds = ([west, south, east, north]) => L.latLngBounds([south, west], [north, east]);

export class GroundFit {
  /**
   * map: the Leaflet map; bbox: the operation's [west, south, east, north], whose fitted zoom
   * tells the layers the ground's scale on screen; onFitZoom(zoom) is called with it at once and
   * whenever the frame's size changes it.
   */
  constructor(map, { bbox, onFitZoom = () => {} }) {
    Object.assign(this, { map, bbox, onFitZoom });
    this._target = null;
    this._view = null;
    this.fitted = false;
    map.on('resize', this._onResize, this);
    map.on('moveend', this._onMoveEnd, this);
    this.fitZoom = this._operationZoom();
  }

  /**
   * Show `ground` and keep it fitted: {bbox: [w, s, e, n], padding?} fits the box; {center,
   * zoom} (a key moment's view) keeps its zoom where the frame is as large as the laptop's it was
   * written for, and zooms out so its ground fits a smaller one. animate: fly there.
   */
  show(ground, { animate = false, duration = 1.2 } = {}) {
    this._target = ground;
    const view = this._viewFor(ground);
    if (!view) {
      // A map with no size yet (its frame not laid out): a view to start from, fitted on the first resize.
      if (!this._view) this.map.setView(latLngBounds(this.bbox).getCenter(), this.fitZoom, { animate: false });
      return;
    }
    this._view = view;
    this.fitted = true;
    if (animate) this.map.flyTo(view.center, view.zoom, { duration });
    else this.map.setView(view.center, view.zoom, { animate: false });
  }

  /** Fit the last ground shown again (after the reader moved the map away from it). */
  refit() {
    if (this._target) this.show(this._target);
  }

  /** The operation's whole ground. */
  showOperation(options) {
    this.show({ bbox: this.bbox }, options);
  }

  /** The center and zoom that fit `ground` to the map's present size, or null while it has none. */
  _viewFor(ground) {
    const map = this.map;
    const size = map.getSize();
    if (size.x <= 0 || size.y <= 0) return null;
    if (ground.center) {
      const fits = map.getBoundsZoom(latLngBounds(viewGround(ground)));
      return { center: L.latLng(ground.center), zoom: Math.min(ground.zoom, fits) };
    }
    const bounds = latLngBounds(ground.bbox);
    const padding = L.point(ground.padding ?? FIT_PADDING, ground.padding ?? FIT_PADDING);
    const zoom = Math.min(map.getBoundsZoom(bounds, false, padding.multiplyBy(2)), map.getMaxZoom());
    // The middle of the box as projected, which is where Leaflet's own fitBounds centres it.
    const middle = map.project(bounds.getSouthWest(), zoom).add(map.project(bounds.getNorthEast(), zoom)).divideBy(2);
    return { center: map.unproject(middle, zoom), zoom };
  }

  _operationZoom() {
    const size = this.map.getSize();
    return size.x > 0 && size.y > 0 ? this.map.getBoundsZoom(latLngBounds(this.bbox)) : (this.fitZoom ?? DEFAULT_ZOOM);
  }

  _onResize() {
    const zoom = this._operationZoom();
    if (zoom !== this.fitZoom) {
      this.fitZoom = zoom;
      this.onFitZoom(zoom);
    }
    if (this._target && (this.fitted || !this._view)) this.show(this._target);
  }

  /** Any move that leaves the fitted view (a drag, a zoom, a pan to an event, a URL's view) ends the fitting. */
  _onMoveEnd() {
    if (!this.fitted || !this._view) return;
    const map = this.map;
    const zoom = map.getZoom();
    const offset = map.project(map.getCenter(), zoom).distanceTo(map.project(this._view.center, zoom));
    if (Math.abs(zoom - this._view.zoom) > 1e-6 || offset > 1) this.fitted = false;
  }
}

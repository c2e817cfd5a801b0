// The period gazetteer: settlements, heights and regions as labelled points; rivers and railways as lines.
import { CanvasLayer } from './canvas-layer.js';
import { LabelCache } from './label-cache.js';
import { displayScale, scaledFont } from '../core/display-scale.js';

const L = window.L;

/** Drawing per kind: dot radius, label font, and zoom above the fit zoom from which it shows. */
const POINT_STYLE = {
  city: { radius: 5, font: '700 13px system-ui, sans-serif', fromZoom: -2 },
  town: { radius: 3.5, font: '600 12px system-ui, sans-serif', fromZoom: 0 },
  region: { radius: 0, font: 'italic 600 13px system-ui, sans-serif', fromZoom: -2 },
  height: { radius: 3.5, font: '11px system-ui, sans-serif', fromZoom: 1 },
  village: { radius: 2.5, font: '11px system-ui, sans-serif', fromZoom: 1 },
};
const PRIORITY = ['city', 'region', 'town', 'height', 'village'];
export const LINE_STYLE = {
  river: { color: '#2e86de', weight: 2.5, opacity: 0.9 },
  railway: { color: '#222', weight: 2, opacity: 0.8, dashArray: '6 4' },
};

function fadeOf(place) {
  return place.certainty === 'approximate' ? 0.55 : 1;
}

function pointOf(geometry) {
  if (geometry.type === 'Point') return geometry.coordinates;
  // A region or other area: label it at the middle of its bounds.
  const coordinates = geometry.coordinates.flat(3);
  const xs = [];
  const ys = [];
  for (let i = 0; i + 1 < coordinates.length; i += 2) {
    xs.push(coordinates[i]);
    ys.push(coordinates[i + 1]);
  }
  return [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
}

/** The colours places are drawn in on a light map; a dark theme gives its own through CSS custom properties. */
const LIGHT_INK = { label: '#111', region: '#5a4a2a', halo: 'rgba(255,255,255,0.92)', dot: '#fff', dotStroke: '#111' };

/** The places' colours for the map in `container`: its --bm-place-* custom properties, else the light map's. */
export function placeInk(container) {
  const style = getComputedStyle(container);
  const read = (name, fallback) => style.getPropertyValue(`--bm-place-${name}`).trim() || fallback;
  return { label: read('ink', LIGHT_INK.label), region: read('region-ink', LIGHT_INK.region), halo: read('halo', LIGHT_INK.halo),
    dot: read('dot', LIGHT_INK.dot), dotStroke: read('dot-stroke', LIGHT_INK.dotStroke) };
}

/** Settlements, heights and regions, labelled on a canvas with overlapping labels culled. */
export const PlaceLayer = CanvasLayer.extend({
  options: {
    places: [],
    /** Colours of labels, their halo and the dots (see placeInk). */
    ink: LIGHT_INK,
    /** The zoom at which the operation fits: smaller places show as you zoom in past it. */
    fitZoom: 7,
  },

  initialize(options) {
    CanvasLayer.prototype.initialize.call(this, options);
    this._places = this.options.places
      .filter((p) => p.kind in POINT_STYLE && p.geometry)
      .map((p) => ({ ...p, at: pointOf(p.geometry) }))
      .sort((a, b) => PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind));
    this._labels = new LabelCache();
  },

  /** The zoom at which the operation's ground fits the map's frame, which changes with the frame's size. */
  setFitZoom(zoom) {
    if (zoom === this.options.fitZoom) return;
    this.options.fitZoom = zoom;
    this.requestRedraw();
  },

  draw(context, { map, width, height, labels }) {
    const zoomIn = map.getZoom() - this.options.fitZoom;
    const scale = displayScale(map);
    context.lineWidth = 1.5 * scale;
    const { ink } = this.options;
    context.strokeStyle = ink.dotStroke;
    context.fillStyle = ink.dot;
    for (const place of this._places) {
      const style = POINT_STYLE[place.kind];
      if (zoomIn < style.fromZoom) continue;
      const point = map.latLngToContainerPoint([place.at[1], place.at[0]]);
      if (point.x < -50 || point.y < -20 || point.x > width + 50 || point.y > height + 20) continue;
      const fade = fadeOf(place);
      if (style.radius) {
        context.globalAlpha = fade;
        context.beginPath();
        if (place.kind === 'height') {
          context.moveTo(point.x, point.y - style.radius);
          context.lineTo(point.x + style.radius, point.y + style.radius);
          context.lineTo(point.x - style.radius, point.y + style.radius);
          context.closePath();
        } else {
          context.arc(point.x, point.y, style.radius * scale, 0, 2 * Math.PI);
        }
        context.fill();
        context.stroke();
      }
      const modern = place.modern_name && place.modern_name !== place.name && (place.kind === 'city' || zoomIn >= 1.5);
      const text = modern ? `${place.name} (${place.modern_name})` : place.name;
      const image = this._labels.get(text, scaledFont(style.font, displayScale(map)), place.kind === 'region' ? ink.region : ink.label, ink.halo);
      const [w, h, r] = [image.width, image.height, style.radius];
      const x = place.kind === 'region' ? point.x - w / 2 : point.x + r + 1;
      // Right of the dot if it fits, else left, above or below.
      const alternatives = place.kind === 'region' ? [] : [
        { x: Math.round(point.x - r - 1 - w), y: Math.round(point.y - h / 2) },
        { x: Math.round(point.x - w / 2), y: Math.round(point.y - r - h) },
        { x: Math.round(point.x - w / 2), y: Math.round(point.y + r) },
      ];
      // Below units and arrows: cities first, villages last.
      const priority = 40 - PRIORITY.indexOf(place.kind) * 5;
      labels.push({ priority, x: Math.round(x), y: Math.round(point.y - h / 2), width: w, height: h, image, opacity: fade, alternatives });
    }
    context.globalAlpha = 1;
  },
});

export function placeLayer(options) {
  return new PlaceLayer(options);
}

/** Rivers and railways. */
export function waterAndRailLayer(places) {
  const features = places.filter((p) => p.kind in LINE_STYLE && p.geometry);
  return L.geoJSON(
    { type: 'FeatureCollection', features: features.map((p) => ({ type: 'Feature', geometry: p.geometry, properties: p })) },
    {
      style: (feature) => ({
        ...LINE_STYLE[feature.properties.kind],
        // A class as well, so that a dark theme can recolour the lines in CSS.
        className: `bm-line bm-line--${feature.properties.kind}`,
        opacity: LINE_STYLE[feature.properties.kind].opacity * fadeOf(feature.properties),
        interactive: false,
      }),
    },
  );
}

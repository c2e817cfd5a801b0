// The period gazetteer: settlements, heights and regions as labelled points; rivers and railways as lines.
import { CanvasLayer } from './canvas-layer.js';
import { LabelCache } from './label-cache.js';
import { displayScale, scaledFont } from '../core/display-scale.js';
import { namesFor } from './place-names.js';

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

/** Whether a place's position is approximate: its dot is then a dashed ring about it, its name as legible as any. */
function approximate(place) {
  return place.certainty === 'approximate';
}

/**
 * The label of a place: the name `mode` chooses (its period name, or today's: place-names.js), and
 * the other in brackets for a city, or once zoomed well in (`zoomIn` levels past the fit) when it
 * is more than a spelling of the same name.
 */
export function placeLabelText(place, zoomIn, mode = 'period') {
  const { shown: name, other } = namesFor(place, mode);
  if (!other || other === name) return name;
  const spelling = other.slice(0, 4).toLowerCase() === name.slice(0, 4).toLowerCase();
  const shown = place.kind === 'city' || zoomIn >= 3 || (zoomIn >= 1.5 && !spelling);
  return shown ? `${name} (${other})` : name;
}

/** Places further from a point (by one and two label heights), for a name that must be shown. */
function fartherOut(point, r, w, h) {
  const out = [];
  for (const step of [h, 2 * h, 3 * h]) {
    out.push(
      { x: Math.round(point.x + r + 1 + step), y: Math.round(point.y - h / 2) },
      { x: Math.round(point.x - r - 1 - w - step), y: Math.round(point.y - h / 2) },
      { x: Math.round(point.x - w / 2), y: Math.round(point.y - r - h - step) },
      { x: Math.round(point.x - w / 2), y: Math.round(point.y + r + step) },
    );
  }
  return out;
}

/**
 * A place label's priority among all the map's labels: cities above the units, the places the
 * day's story names next, then (under the units and arrows) towns before villages.
 */
export function placePriority(place, named) {
  if (place.kind === 'city') return 250;
  if (named) return 200;
  return 40 - PRIORITY.indexOf(place.kind) * 5;
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
    /** Which name the labels show: 'period' or 'today' (place-names.js). */
    nameMode: 'period',
  },

  initialize(options) {
    CanvasLayer.prototype.initialize.call(this, options);
    this._places = this.options.places
      .filter((p) => p.kind in POINT_STYLE && p.geometry)
      .map((p) => ({ ...p, at: pointOf(p.geometry) }))
      .sort((a, b) => PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind));
    this._labels = new LabelCache();
  },

  /** The names of the places the day's story names (layers/named-places.js): labelled first, whatever the zoom. */
  setNamedPlaces(names) {
    this._named = names;
    this.requestRedraw();
  },

  /** Which name the labels show: 'period' (as the sources spell it) or 'today' (place-names.js). */
  setNameMode(mode) {
    if (mode === this.options.nameMode) return;
    this.options.nameMode = mode;
    this.requestRedraw();
  },

  /** The place whose dot (or region's middle) is drawn within `tolerance` px of a container point, else null. */
  placeAt(point, tolerance = 10) {
    let best = null;
    for (const drawn of this._drawn || []) {
      const distance = Math.hypot(drawn.x - point.x, drawn.y - point.y);
      if (distance <= drawn.r + tolerance && (!best || distance < best.distance)) best = { ...drawn, distance };
    }
    return best?.place ?? null;
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
    this._drawn = [];
    for (const place of this._places) {
      const style = POINT_STYLE[place.kind];
      const named = this._named?.has(place.name) ?? false;
      if (zoomIn < style.fromZoom && !named) continue;
      const point = map.latLngToContainerPoint([place.at[1], place.at[0]]);
      if (point.x < -50 || point.y < -20 || point.x > width + 50 || point.y > height + 20) continue;
      this._drawn.push({ place, x: point.x, y: point.y, r: style.radius * scale });
      if (style.radius && approximate(place) && place.kind !== 'height') {
        // Somewhere about here: a dashed ring round a small dot.
        context.beginPath();
        context.setLineDash([2.5 * scale, 2 * scale]);
        context.arc(point.x, point.y, (style.radius + 3) * scale, 0, 2 * Math.PI);
        context.stroke();
        context.setLineDash([]);
      }
      if (style.radius) {
        context.globalAlpha = 1;
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
      const text = placeLabelText(place, zoomIn, this.options.nameMode);
      const image = this._labels.get(text, scaledFont(style.font, displayScale(map)), place.kind === 'region' ? ink.region : ink.label, ink.halo);
      const [w, h] = [image.width, image.height];
      const r = style.radius + (approximate(place) ? 3 : 0);
      const x = place.kind === 'region' ? point.x - w / 2 : point.x + r + 1;
      // Right of the dot if it fits, else left, above or below.
      const alternatives = place.kind === 'region' ? [] : [
        { x: Math.round(point.x - r - 1 - w), y: Math.round(point.y - h / 2) },
        { x: Math.round(point.x - w / 2), y: Math.round(point.y - r - h) },
        { x: Math.round(point.x - w / 2), y: Math.round(point.y + r) },
      ];
      // A place the day's story names may stand further off, clear of the units about it.
      if (named) alternatives.push(...fartherOut(point, r, w, h));
      const priority = placePriority(place, named);
      // A city's name is placed over the unit symbols if nowhere about it is clear of them
      // (Kharkov on the day it is taken, under the armies that take it).
      labels.push({ priority, x: Math.round(x), y: Math.round(point.y - h / 2), width: w, height: h, image, alternatives, text,
        overObstacles: place.kind === 'city' });
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

/** Rivers and railways (places of those kinds) drawn into a 2D context as the page draws them, in container pixels (snapshots, video frames). */
export function drawWaterAndRail(context, map, places) {
  for (const place of places) {
    const style = LINE_STYLE[place.kind];
    const geometry = place.geometry;
    if (!style || !geometry) continue;
    const parts = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.type === 'MultiLineString' ? geometry.coordinates : [];
    context.strokeStyle = style.color;
    context.lineWidth = style.weight;
    context.globalAlpha = style.opacity ?? 1;
    context.setLineDash(style.dashArray ? style.dashArray.split(/[ ,]+/).map(Number) : []);
    context.beginPath();
    for (const part of parts) {
      part.forEach(([lon, lat], i) => {
        const point = map.latLngToContainerPoint([lat, lon]);
        if (i === 0) context.moveTo(point.x, point.y);
        else context.lineTo(point.x, point.y);
      });
    }
    context.stroke();
  }
  context.setLineDash([]);
  context.globalAlpha = 1;
}

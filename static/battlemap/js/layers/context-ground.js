// The ground around the battle: the region's rivers, railways and towns (the timeline's `context`, from geodata/region) drawn faintly beyond the operation's bbox, so that no frame shows blank margins.
import { CanvasLayer } from './canvas-layer.js';
import { LabelCache } from './label-cache.js';
import { displayScale, scaledFont } from '../core/display-scale.js';

/** Below every name of the operation's own: a context name gives way to all of them. */
export const CONTEXT_PRIORITY = 5;

/**
 * The quiet look of the region, on a light and on a dark backdrop: thin pale rivers, light dashed
 * railways, small hollow dots and grey upright names; nothing dark or thick that could pass for a
 * front line, and names still 4.5:1 or more against the backdrop.
 */
const LOOK = {
  light: { river: '#94b6d3', railway: '#a3a3a3', ink: '#3b4046', halo: 'rgba(238,240,234,0.9)' },
  dark: { river: '#4f6d88', railway: '#7d8389', ink: '#c9cfd6', halo: 'rgba(43,48,53,0.9)' },
};
const FONT = { city: '600 12px system-ui, sans-serif', town: '11px system-ui, sans-serif' };
const DOT_RADIUS = { city: 3.2, town: 2.3 };

/** Whether a CSS colour ('#rrggbb' or 'rgb(...)') is dark. */
function isDark(colour) {
  const hex = /^#([0-9a-f]{6})$/i.exec(colour ?? '');
  const rgb = hex ? [0, 2, 4].map((i) => parseInt(hex[1].slice(i, i + 2), 16)) : (colour ?? '').match(/\d+/g)?.slice(0, 3).map(Number);
  if (!rgb || rgb.length < 3) return false;
  return 0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2] < 110;
}

/** The region's look for the map in `container`: by its backdrop's lightness (--bm-map-backdrop). */
export function contextLook(container) {
  const backdrop = getComputedStyle(container).getPropertyValue('--bm-map-backdrop').trim();
  return isDark(backdrop) ? LOOK.dark : LOOK.light;
}

/** The bbox [west, south, east, north] as a rectangle of container pixels {x0, y0, x1, y1}. */
function bboxRect(map, [west, south, east, north]) {
  const a = map.latLngToContainerPoint([north, west]);
  const b = map.latLngToContainerPoint([south, east]);
  return { x0: Math.min(a.x, b.x), y0: Math.min(a.y, b.y), x1: Math.max(a.x, b.x), y1: Math.max(a.y, b.y) };
}

/** Whether a box {x, y, width, height} lies wholly outside `rect`. */
export function clearOf(box, rect) {
  return box.x + box.width <= rect.x0 || box.x >= rect.x1 || box.y + box.height <= rect.y0 || box.y >= rect.y1;
}

/**
 * The places a name of size w x h may take about its dot at `point` (radius r): right, left,
 * above, below, keeping those wholly outside `rect` (the operation's ground), the first first.
 */
export function spotsOutside(point, w, h, r, rect) {
  const spots = [
    { x: point.x + r + 2, y: point.y - h / 2 },
    { x: point.x - r - 2 - w, y: point.y - h / 2 },
    { x: point.x - w / 2, y: point.y - r - 1 - h },
    { x: point.x - w / 2, y: point.y + r + 1 },
  ].map(({ x, y }) => ({ x: Math.round(x), y: Math.round(y) }));
  return spots.filter((spot) => clearOf({ ...spot, width: w, height: h }, rect));
}

/** Clip `context` to everything but `rect`: what is drawn next stays off the operation's ground. */
function clipOutside(context, rect, width, height) {
  context.beginPath();
  context.rect(0, 0, width, height);
  context.rect(rect.x0, rect.y0, rect.x1 - rect.x0, rect.y1 - rect.y0);
  context.clip('evenodd');
}

/**
 * The region's rivers and railways as paths in the map's projected pixels at `zoom`: built once a
 * zoom, not once a frame (the ground canvas is redrawn on every frame of a play).
 */
export function projectedLines(map, region, zoom) {
  const build = (lines) => {
    const path = new Path2D();
    for (const line of lines ?? []) {
      line.geometry.coordinates.forEach(([lon, lat], i) => {
        const point = map.project([lat, lon], zoom);
        if (i === 0) path.moveTo(point.x, point.y);
        else path.lineTo(point.x, point.y);
      });
    }
    return path;
  };
  return { zoom, rivers: build(region.rivers), railways: build(region.railways) };
}

/** Stroke a path in projected pixels onto the container's pixels. */
function strokeProjected(context, map, path) {
  const origin = map.getPixelOrigin().add(map.containerPointToLayerPoint([0, 0]));
  context.save();
  context.translate(-origin.x, -origin.y);
  context.stroke(path);
  context.restore();
}

/**
 * Rivers, railways and the towns' dots beyond the bbox, into `context` in container pixels: used
 * by the map's ground canvas and by anything that draws the frame again.
 */
export function drawContextGround(context, { map, width, height, context: region, bbox, look, lines = null }) {
  if (!region) return;
  const scale = displayScale(map);
  const paths = lines?.zoom === map.getZoom() ? lines : projectedLines(map, region, map.getZoom());
  context.save();
  clipOutside(context, bboxRect(map, bbox), width, height);
  context.lineJoin = 'round';
  context.strokeStyle = look.river;
  context.lineWidth = 1.3 * scale;
  strokeProjected(context, map, paths.rivers);
  context.strokeStyle = look.railway;
  context.lineWidth = 1.1 * scale;
  context.setLineDash([5 * scale, 3 * scale]);
  strokeProjected(context, map, paths.railways);
  context.setLineDash([]);
  context.strokeStyle = look.ink;
  context.fillStyle = look.halo;
  context.lineWidth = 1 * scale;
  for (const town of region.towns ?? []) {
    const [lon, lat] = town.geometry.coordinates;
    const point = map.latLngToContainerPoint([lat, lon]);
    if (point.x < -10 || point.y < -10 || point.x > width + 10 || point.y > height + 10) continue;
    context.beginPath();
    context.arc(point.x, point.y, (DOT_RADIUS[town.kind] ?? DOT_RADIUS.town) * scale, 0, 2 * Math.PI);
    context.fill();
    context.stroke();
  }
  context.restore();
}

/** The region's lines and dots, under the operation's ground on the ground canvas. */
export const ContextGroundLayer = CanvasLayer.extend({
  options: { context: null, bbox: null, look: LOOK.light },

  draw(context, { map, width, height }) {
    const region = this.options.context;
    if (!region) return;
    if (this._lines?.zoom !== map.getZoom()) this._lines = projectedLines(map, region, map.getZoom());
    drawContextGround(context, { map, width, height, context: region, bbox: this.options.bbox, look: this.options.look, lines: this._lines });
  },
});

/**
 * A region town's name in the map's naming mode ('period', or 'today': its official name now), in
 * the timeline's language (period_name, today_name), else the region's English.
 */
export function contextName(town, mode) {
  if (mode === 'today') return town.today_name || town.modern_name || town.name;
  return town.period_name || town.name;
}

/**
 * The region's town names, on the overlay canvas: placed last, beyond the bbox, clear of every
 * other name; named as the operation's places are (placeLayer's nameMode, "As in 1942" or "Today").
 */
export const ContextNamesLayer = CanvasLayer.extend({
  options: { context: null, bbox: null, look: LOOK.light, placeLayer: null },

  initialize(options) {
    CanvasLayer.prototype.initialize.call(this, options);
    this._labels = new LabelCache();
  },

  draw(context, { map, width, height, labels }) {
    const towns = this.options.context?.towns ?? [];
    if (!towns.length) return;
    const scale = displayScale(map);
    const rect = bboxRect(map, this.options.bbox);
    const { look } = this.options;
    const mode = this.options.placeLayer?.options.nameMode ?? 'period';
    for (const town of towns) {
      const [lon, lat] = town.geometry.coordinates;
      const point = map.latLngToContainerPoint([lat, lon]);
      if (point.x < -10 || point.y < -10 || point.x > width + 10 || point.y > height + 10) continue;
      const text = contextName(town, mode);
      const image = this._labels.get(text, scaledFont(FONT[town.kind] ?? FONT.town, scale), look.ink, look.halo);
      const spots = spotsOutside(point, image.width, image.height, (DOT_RADIUS[town.kind] ?? DOT_RADIUS.town) * scale, rect);
      if (!spots.length) continue;
      const [first, ...alternatives] = spots;
      labels.push({ priority: CONTEXT_PRIORITY + (town.kind === 'city' ? 1 : 0), ...first, width: image.width, height: image.height,
        image, alternatives, text, context: true });
    }
  },
});

/**
 * The two layers of the region about an operation: {ground (lines and dots, for the ground
 * canvas), names (for the overlay canvas, named as `placeLayer` names its places)}; timeline.context
 * as the API serves it.
 */
export function contextGroundLayers({ ground, overlay, context, bbox, container, placeLayer = null }) {
  const look = contextLook(container);
  return {
    ground: new ContextGroundLayer({ canvas: ground, order: -1, context, bbox, look }),
    names: new ContextNamesLayer({ canvas: overlay, order: -1, context, bbox, look, placeLayer }),
  };
}

// Draws the morphing areas of both sides on one canvas: fills by side and role, hatching, certainty.
import { CanvasLayer } from './canvas-layer.js';
import { screenProjector } from './screen-projector.js';
import { digestOf } from '../core/digest.js';
import { displayScale, fillOpacity } from '../core/display-scale.js';

const L = window.L;

/** Fill opacity by role; salient and pocket stand out from plain held ground. */
const ROLE_FILL_OPACITY = { held: 0.34, salient: 0.46, pocket: 0.5, contested: 0.18 };
/** Opacity factor and outline dash by certainty: the less certain, the fainter and more broken. */
const CERTAINTY_STYLE = { certain: { fade: 1, dash: [] }, probable: { fade: 0.85, dash: [8, 4] }, approximate: { fade: 0.75, dash: [3, 5] } };
const CONTESTED_COLOUR = '#7f6a00';
/** The front line's dash by certainty: solid where the sources agree, broken where they guess. */
const FRONT_DASH = { certain: [], probable: [12, 5], approximate: [5, 6] };

function parseHex(colour) {
  const hex = colour.replace('#', '');
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16));
}

const mixedColours = new Map();

/** `colour` at `alpha` over an opaque `backdrop`, as one opaque CSS colour. */
function mixColours(backdrop, colour, alpha) {
  const key = `${backdrop}|${colour}|${alpha.toFixed(3)}`;
  let mixed = mixedColours.get(key);
  if (!mixed) {
    const [b, c] = [parseHex(backdrop), parseHex(colour)];
    mixed = `rgb(${b.map((v, i) => Math.round(v * (1 - alpha) + c[i] * alpha)).join(',')})`;
    mixedColours.set(key, mixed);
  }
  return mixed;
}

function hatchPattern(context, colour, spacing = 8, lineWidth = 2, back = false) {
  const tile = document.createElement('canvas');
  tile.width = tile.height = spacing;
  const c = tile.getContext('2d');
  if (back) c.setTransform(-1, 0, 0, 1, spacing, 0);
  c.strokeStyle = colour;
  c.lineWidth = lineWidth;
  c.beginPath();
  c.moveTo(-1, spacing + 1);
  c.lineTo(spacing + 1, -1);
  c.moveTo(-1, 1);
  c.lineTo(1, -1);
  c.moveTo(spacing - 1, spacing + 1);
  c.lineTo(spacing + 1, spacing - 1);
  c.stroke();
  return context.createPattern(tile, 'repeat');
}

export const AreaLayer = CanvasLayer.extend({
  options: {
    /** AreaMorph giving the shapes at a time. */
    morph: null,
    /** {slug: {colour, name}} of the sides. */
    sideBySlug: null,
    /** Pulse the pocket outline (off when motion is reduced). */
    pulse: true,
    /**
     * The colour under the areas when no base map is shown, e.g. '#eef0ea'. Fills are then
     * mixed with it and drawn opaque, which rasterises much faster than blending each frame;
     * null (with a base map) blends as usual.
     */
    backdrop: null,
    /** Grey-safe styles by side (paper/grey-safe.js), or null for the screen's colours. */
    paper: null,
  },

  /** Draw each side in its grey-safe style (a Map from greySafeStyles), or in its colours (null). */
  setPaper(styles) {
    // The same look again (the page starting in colour) draws nothing more.
    if (styles === this.options.paper) return;
    this.options.paper = styles;
    this.redrawNow();
  },

  setBackdrop(colour) {
    this.options.backdrop = colour;
    this.redrawNow();
  },

  onAdd(map) {
    CanvasLayer.prototype.onAdd.call(this, map);
    this._patterns = new Map();
    if (this.options.pulse) this._pulseTimer = setInterval(() => this._hasPocket && this.requestRedraw(), 80);
  },

  onRemove(map) {
    clearInterval(this._pulseTimer);
    CanvasLayer.prototype.onRemove.call(this, map);
  },

  /** Digest of the areas last drawn (grid coordinates), for tests; computed on demand. */
  digest() {
    return digestOf((this.lastShapes || []).map((s) => [s.key, s.polygons]));
  },

  _pattern(context, colour) {
    // 'colour|paper' hatches thinly (the grey-safe look), 'colour|paper|back' the other way too.
    const [ink, paper, back] = colour.split('|');
    if (!this._patterns.has(colour)) this._patterns.set(colour, hatchPattern(context, ink, 8, paper ? 1.2 : 2, Boolean(back)));
    return this._patterns.get(colour);
  },

  /** The path just traced, in its side's grey-safe ground (the pocket's, cross-hatched and outlined). */
  _fillPaper(context, paper, pocket, opacity) {
    context.globalAlpha = opacity;
    context.fillStyle = pocket ? paper.pocket : paper.ground;
    context.fill('evenodd');
    const hatch = pocket ? paper.pocketHatch : paper.hatch;
    if (hatch) {
      context.fillStyle = this._pattern(context, `${hatch}|paper`);
      context.fill('evenodd');
      if (pocket) {
        context.fillStyle = this._pattern(context, `${hatch}|paper|back`);
        context.fill('evenodd');
        context.strokeStyle = paper.ink;
        context.lineWidth = 2;
        context.stroke();
      }
    }
    context.globalAlpha = 1;
  },

  draw(context, { map, time }) {
    const { morph, sideBySlug } = this.options;
    const projector = screenProjector(map, morph.grid);
    // Playing, a day not prepared yet shows its nearer whole day (its preparation is idle work).
    const shapes = morph.at(time, { preparedOnly: Boolean(map.options.clock?.playing) });
    const { width, height } = morph.grid;
    this._hasPocket = shapes.some((s) => s.role === 'pocket');
    this.lastShapes = shapes;
    const pulse = this.options.pulse ? 0.5 + 0.5 * Math.sin(performance.now() / 300) : 1;

    for (const shape of shapes) {
      const colour = shape.role === 'contested' ? CONTESTED_COLOUR : (sideBySlug.get(shape.side)?.colour || '#666');
      const style = CERTAINTY_STYLE[shape.certainty] || CERTAINTY_STYLE.certain;
      // A shape changing role or certainty cross-fades into its partner.
      const certainty = { ...style, fade: style.fade * (shape.opacity ?? 1) };
      context.beginPath();
      for (const polygon of shape.polygons) {
        for (const ring of polygon) {
          ring.forEach(([gx, gy], i) => {
            const [x, y] = projector.fromGrid(gx, gy);
            if (i === 0) context.moveTo(x, y);
            else context.lineTo(x, y);
          });
          context.closePath();
        }
      }
      const paper = this.options.paper?.get(shape.side);
      if (paper && shape.role !== 'contested') {
        // Opaque whatever its certainty (a faded fill would bring the sides' greys together).
        this._fillPaper(context, paper, shape.role === 'pocket', shape.opacity ?? 1);
        continue;
      }
      const alpha = fillOpacity(ROLE_FILL_OPACITY[shape.role], map) * certainty.fade;
      // A shape cross-fading with its partner has to blend; everything else can be pre-mixed.
      if (this.options.backdrop && (shape.opacity ?? 1) === 1) {
        context.globalAlpha = 1;
        context.fillStyle = mixColours(this.options.backdrop, colour, alpha);
      } else {
        context.globalAlpha = alpha;
        context.fillStyle = colour;
      }
      context.fill('evenodd');
      if (shape.role === 'pocket' || shape.role === 'contested') {
        context.globalAlpha = 0.55 * certainty.fade;
        context.fillStyle = this._pattern(context, shape.role === 'pocket' ? '#000000' : CONTESTED_COLOUR);
        context.fill('evenodd');
      }
      // Outlines for what stands out (salient, pocket, contested), except along the edge of the
      // grid where the data simply stops. Held ground needs none: the front line bounds it.
      if (shape.role !== 'held') {
        context.globalAlpha = shape.role === 'pocket' ? 0.5 + 0.5 * pulse : 0.9 * certainty.fade;
        context.strokeStyle = colour;
        context.lineWidth = (shape.role === 'pocket' ? 3 : 1.5) * displayScale(map);
        context.setLineDash(certainty.dash);
        context.beginPath();
        for (const polygon of shape.polygons) {
          for (const ring of polygon) {
            for (let i = 1; i < ring.length; i++) {
              const p = ring[i - 1];
              const q = ring[i];
              if ((p[0] === q[0] && (p[0] <= 0 || p[0] >= width)) || (p[1] === q[1] && (p[1] <= 0 || p[1] >= height))) continue;
              const [x0, y0] = projector.fromGrid(p[0], p[1]);
              const [x1, y1] = projector.fromGrid(q[0], q[1]);
              context.moveTo(x0, y0);
              context.lineTo(x1, y1);
            }
          }
        }
        context.stroke();
        context.setLineDash([]);
      }
    }
    context.globalAlpha = 1;
  },
});

export const FrontLayer = CanvasLayer.extend({
  options: {
    /** FrontMorph giving the front lines at a time. */
    morph: null,
    colour: '#111111',
  },

  /** Digest of the front lines last drawn (grid coordinates), for tests; computed on demand. */
  digest() {
    return digestOf((this.lastFronts || []).map((f) => f.lines));
  },

  pointCount() {
    return (this.lastFronts || []).reduce((n, f) => n + f.lines.reduce((m, l) => m + l.length, 0), 0);
  },

  draw(context, { map, time }) {
    const { morph } = this.options;
    const projector = screenProjector(map, morph.grid);
    const fronts = morph.at(time, { preparedOnly: Boolean(map.options.clock?.playing) });
    this.lastFronts = fronts;
    context.lineJoin = 'round';
    context.lineCap = 'round';
    // A white halo under every front, then the line itself, broken as its certainty says.
    const scale = displayScale(map);
    for (const [width, colour, dashed] of [[6 * scale, 'rgba(255,255,255,0.85)', false], [2.5 * scale, this.options.colour, true]]) {
      for (const certainty of Object.keys(FRONT_DASH)) {
        const drawn = fronts.filter((front) => (front.certainty || 'certain') === certainty || (!FRONT_DASH[front.certainty] && certainty === 'certain'));
        if (!drawn.length) continue;
        context.beginPath();
        for (const front of drawn) {
          for (const line of front.lines) {
            line.forEach(([gx, gy], i) => {
              const [x, y] = projector.fromGrid(gx, gy);
              if (i === 0) context.moveTo(x, y);
              else context.lineTo(x, y);
            });
          }
        }
        context.lineWidth = width;
        context.strokeStyle = colour;
        context.setLineDash(dashed ? FRONT_DASH[certainty] : []);
        context.stroke();
      }
    }
    context.setLineDash([]);
  },
});

export function areaLayer(options) {
  return new AreaLayer(options);
}
export function frontLayer(options) {
  return new FrontLayer(options);
}

// Draws movements as arrows that grow along their path between their start and end dates.
import { legibleInk } from '../paper/grey-safe.js';
import { CanvasLayer } from './canvas-layer.js';
import { headingAtEnd, leadingPart } from '../morph/line-geometry.js';
import { LabelCache } from './label-cache.js';
import { displayScale, scaledFont } from '../core/display-scale.js';

const LABEL_FONT = 'italic 600 12px system-ui, sans-serif';
/** Line style per kind of movement: width and dash. */
const KIND_STYLE = {
  attack: { width: 5, dash: [] },
  counterattack: { width: 5, dash: [] },
  encirclement: { width: 6, dash: [] },
  breakout: { width: 4, dash: [10, 5] },
  relief: { width: 4, dash: [10, 5] },
  withdrawal: { width: 3.5, dash: [4, 5] },
};

export const MovementLayer = CanvasLayer.extend({
  options: { index: null },

  initialize(options) {
    CanvasLayer.prototype.initialize.call(this, options);
    this._labels = new LabelCache();
  },

  draw(context, { map, time, labels }) {
    const { index } = this.options;
    context.lineJoin = 'round';
    context.lineCap = 'round';
    let drawn = 0;
    for (const movement of index.movements) {
      const { progress, opacity } = index.movementStateAt(movement, time);
      if (progress <= 0 || opacity <= 0 || movement.geometry?.type !== 'LineString') continue;
      const points = movement.geometry.coordinates.map(([lon, lat]) => {
        const p = map.latLngToContainerPoint([lat, lon]);
        return [p.x, p.y];
      });
      const part = leadingPart(points, progress);
      if (part.length < 2) continue;
      const style = KIND_STYLE[movement.kind] || KIND_STYLE.attack;
      const colour = index.sideBySlug.get(movement.side)?.colour || '#555';
      const fade = movement.certainty === 'approximate' ? 0.6 : 1;
      const heading = headingAtEnd(part);
      const [tipX, tipY] = part.at(-1);
      const scale = displayScale(map);
      const head = style.width * scale * 3.2;
      // Stop the shaft short of the tip so the arrowhead's point stays sharp.
      const shaft = part.slice(0, -1).concat([[tipX - Math.cos(heading) * head * 0.6, tipY - Math.sin(heading) * head * 0.6]]);
      for (const [extra, stroke] of [[3, 'rgba(255,255,255,0.85)'], [0, colour]]) {
        context.globalAlpha = opacity * fade;
        context.setLineDash(extra ? [] : this.sideDash(movement.side, style.dash, style.width * scale));
        context.lineWidth = (style.width + extra) * scale;
        context.strokeStyle = stroke;
        context.beginPath();
        shaft.forEach(([x, y], i) => (i ? context.lineTo(x, y) : context.moveTo(x, y)));
        context.stroke();
      }
      context.setLineDash([]);
      context.beginPath();
      context.moveTo(tipX, tipY);
      context.lineTo(tipX - Math.cos(heading - 0.45) * head, tipY - Math.sin(heading - 0.45) * head);
      context.lineTo(tipX - Math.cos(heading + 0.45) * head, tipY - Math.sin(heading + 0.45) * head);
      context.closePath();
      context.fillStyle = colour;
      context.strokeStyle = 'rgba(255,255,255,0.9)';
      context.lineWidth = 1.5;
      context.fill();
      context.stroke();
      // Label only arrows still growing, so finished ones do not crowd today's.
      if (movement.label && progress > 0.2 && progress < 1) {
        const [mx, my] = part[Math.floor(part.length / 2)] || part[0];
        // In the side's colour darkened to 4.5:1 on the halo, never faded: the arrow carries the certainty.
        const image = this._labels.get(movement.label, scaledFont(LABEL_FONT, displayScale(map)), legibleInk(colour));
        labels.push({ priority: 50, x: Math.round(mx - image.width / 2), y: Math.round(my - image.height - 6), width: image.width, height: image.height, image, opacity: Math.min(1, opacity * 2), text: movement.label });
      }
      drawn++;
    }
    context.globalAlpha = 1;
    this.lastDrawnCount = drawn;
  },
});

/** Each side's arrows with a dash of their own (paper/grey-safe.js's styles), or as their kind draws them (null). */
MovementLayer.include({
  setPaper(styles) {
    if (styles === (this._paper ?? null)) return;
    this._paper = styles;
    this.redrawNow();
  },
  sideDash(side, dash, width) {
    const own = this._paper?.get(side)?.dash;
    return own && own.length ? own.map((part) => part * width) : dash;
  },
});

export function movementLayer(options) {
  return new MovementLayer(options);
}

// Draws milsymbol's draw instructions (as the symbol sprite holds them) on a canvas, the way milsymbol's own canvas renderer does.
//
// A port of milsymbol 3.0.4's src/ms/symbol/canvasdraw.js (MIT, (c) Måns Beckman; see
// static/vendor/milsymbol/LICENSE), reduced to what the sprite holds: the style fill is off and
// Path2D is taken as working, as it is in every browser the map supports. `fill` replaces the
// sprite's fill slot, so one entry serves every side's colour.

/**
 * Draw `instructions` on `context` (already scaled and translated to the symbol's box).
 * style: {strokeWidth, fillSlot, fill}.
 */
export function drawInstructions(context, instructions, style) {
  for (const item of instructions) {
    if (Array.isArray(item)) {
      if (item.length) drawInstructions(context, item, style);
      continue;
    }
    if (!item || typeof item !== 'object') continue;
    context.lineWidth = (item.non_scaling_stroke || 1) * (item.strokewidth || style.strokeWidth);
    if (item.stroke !== undefined) context.strokeStyle = item.stroke || 'rgba(0,0,0,0)';
    if (item.strokedasharray) context.setLineDash(item.strokedasharray.split(',').map(Number));
    else if (context.getLineDash().length) context.setLineDash([]);
    if (item.linecap) {
      context.lineCap = item.linecap;
      context.lineJoin = item.linecap;
    }
    context.fillStyle = item.fill ? (item.fill === style.fillSlot ? style.fill : item.fill) : 'rgba(0,0,0,0)';
    if (item.fillopacity !== undefined) context.globalAlpha = item.fillopacity;
    drawItem(context, item, style);
    if (item.linecap) {
      context.lineCap = 'butt';
      context.lineJoin = 'miter';
    }
    if (item.fillopacity !== undefined) context.globalAlpha = 1;
  }
}

/** Draw one instruction (a path, circle or text, or a group transformed or clipped) in the style already set. */
function drawItem(context, item, style) {
  const fills = item.fill === undefined || Boolean(item.fill);
  const strokes = item.stroke === undefined || Boolean(item.stroke);
  switch (item.type) {
    case 'path': {
      const path = new Path2D(item.d);
      if (item.clipPath) {
        context.save();
        context.clip(new Path2D(item.clipPath), 'nonzero');
      }
      if (fills) context.fill(path);
      if (item.clipPath) context.restore();
      if (context.globalAlpha !== 1) context.globalAlpha = 1; // strokes are never transparent
      if (strokes) context.stroke(path);
      break;
    }
    case 'circle':
      if (item.clipPath) {
        context.save();
        context.clip(new Path2D(item.clipPath), 'nonzero');
      }
      context.beginPath();
      context.arc(item.cx, item.cy, item.r, 0, 2 * Math.PI, false);
      if (fills) context.fill();
      if (item.clipPath) context.restore();
      if (strokes) context.stroke();
      break;
    case 'text':
      context.font = `${item.fontweight !== undefined ? `${item.fontweight} ` : ''}${item.fontsize}px ${item.fontfamily}`;
      context.textAlign = item.textanchor === 'middle' ? 'center' : item.textanchor;
      context.textBaseline = item.alignmentBaseline || 'bottom';
      context.fillText(item.text, item.x, item.y);
      if (item.stroke) context.strokeText(item.text, item.x, item.y);
      break;
    case 'translate':
      context.save();
      context.translate(item.x, item.y);
      drawInstructions(context, item.draw, style);
      context.restore();
      break;
    case 'rotate':
      context.save();
      context.translate(item.x, item.y);
      context.rotate((item.degree * Math.PI) / 180);
      context.translate(-item.x, -item.y);
      drawInstructions(context, item.draw, style);
      context.restore();
      break;
    case 'scale':
      context.save();
      context.scale(item.factor, item.factor);
      drawInstructions(context, item.draw, style);
      context.restore();
      break;
    case 'clip':
      context.save();
      context.clip(new Path2D(item.d), 'nonzero');
      drawInstructions(context, item.draw, style);
      context.restore();
      break;
    default:
      break;
  }
}

/**
 * A canvas with one sprite entry drawn at `size` (milsymbol's size: the icon's height in px) and
 * device pixel `ratio`, as milsymbol's asCanvas draws it; with its anchor, width and height in px.
 */
export function renderSpriteEntry(entry, { size, ratio = 1, fill, fillSlot, baseSize = 100, createCanvas }) {
  const scale = size / baseSize;
  const width = entry.width * scale;
  const height = entry.height * scale;
  const canvas = createCanvas(width * ratio, height * ratio);
  const context = canvas.getContext('2d');
  context.scale(ratio * scale, ratio * scale);
  context.translate(-entry.origin.x, -entry.origin.y);
  drawInstructions(context, entry.draw, { strokeWidth: entry.strokeWidth, fillSlot, fill });
  return { canvas, anchor: { x: entry.anchor.x * scale, y: entry.anchor.y * scale }, width, height };
}

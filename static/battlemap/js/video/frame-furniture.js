// What a video frame carries over the map, drawn on its canvas: title, date and time, legend, scale bar, the held moment's caption, the closing card.
import { wrapText } from '../classroom/snapshot-text.js';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const INK = '#111111';
const PAPER = 'rgba(255, 255, 255, 0.9)';

/** The size unit of a frame: 1 at 720 pixels on its short side, never under 0.6 (a GIF of 640 x 360 stays legible). */
export function unitOf(width, height) {
  return Math.max(0.6, Math.min(width, height) / 720);
}

function box(context, x, y, width, height) {
  context.fillStyle = PAPER;
  context.fillRect(x, y, width, height);
  context.strokeStyle = 'rgba(0, 0, 0, 0.35)';
  context.lineWidth = 1;
  context.strokeRect(x + 0.5, y + 0.5, width - 1, height - 1);
}

/** A text line's width in the context's current font. */
const measureWith = (context) => (text) => context.measureText(text).width;

function drawHeading(context, { width, unit, title, when }) {
  const pad = Math.round(10 * unit);
  const titleSize = Math.round(18 * unit);
  const whenSize = Math.round(24 * unit);
  context.font = `700 ${whenSize}px ${FONT}`;
  const whenWidth = context.measureText(when).width;
  context.font = `700 ${titleSize}px ${FONT}`;
  const titleRoom = Math.max(0, width - whenWidth - 5 * pad);
  const titleWidth = Math.min(titleRoom, context.measureText(title).width);
  const height = whenSize + 2 * pad;
  if (titleWidth > 0) {
    box(context, pad, pad, titleWidth + 2 * pad, height);
    context.fillStyle = INK;
    context.fillText(title, 2 * pad, pad + height / 2, titleRoom);
  }
  box(context, width - whenWidth - 3 * pad, pad, whenWidth + 2 * pad, height);
  context.font = `700 ${whenSize}px ${FONT}`;
  context.fillStyle = INK;
  context.fillText(when, width - whenWidth - 2 * pad, pad + height / 2);
  return pad + height;
}

function drawSwatch(context, row, x, y, size) {
  if (row.kind === 'line' || row.kind === 'arrow') {
    context.strokeStyle = row.colour;
    context.lineWidth = Math.max(2, size / 5);
    context.setLineDash(row.dash ? [size / 3, size / 5] : []);
    context.beginPath();
    context.moveTo(x, y + size / 2);
    context.lineTo(x + size, y + size / 2);
    context.stroke();
    context.setLineDash([]);
    if (row.kind === 'arrow') {
      context.fillStyle = row.colour;
      context.beginPath();
      context.moveTo(x + size + size / 3, y + size / 2);
      context.lineTo(x + size * 0.7, y + size * 0.15);
      context.lineTo(x + size * 0.7, y + size * 0.85);
      context.fill();
    }
    return;
  }
  context.fillStyle = row.fill || row.colour;
  context.fillRect(x, y, size, size);
  context.strokeStyle = row.colour;
  context.lineWidth = Math.max(1, size / 8);
  context.strokeRect(x, y, size, size);
  if (row.kind === 'hatched') {
    context.save();
    context.beginPath();
    context.rect(x, y, size, size);
    context.clip();
    context.strokeStyle = INK;
    context.lineWidth = 1;
    for (let offset = -size; offset < size; offset += size / 3) {
      context.beginPath();
      context.moveTo(x + offset, y + size);
      context.lineTo(x + offset + size, y);
      context.stroke();
    }
    context.restore();
  }
}

function drawLegend(context, { width, height, unit, rows: allRows, bottom, top }) {
  const pad = Math.round(8 * unit);
  const size = Math.round(13 * unit);
  const lineHeight = Math.round(18 * unit);
  // Between the heading and the foot's band: in a low frame the last rows give way.
  const rows = allRows.slice(0, Math.max(1, Math.floor((height - bottom - top - 3 * pad) / lineHeight)));
  context.font = `${Math.round(13 * unit)}px ${FONT}`;
  const textWidth = Math.max(...rows.map((row) => context.measureText(row.text).width));
  const boxWidth = Math.min(width / 2, pad * 3 + size * 1.4 + textWidth);
  const boxHeight = pad * 2 + rows.length * lineHeight;
  const x = width - boxWidth - pad;
  const y = height - bottom - boxHeight - pad;
  box(context, x, y, boxWidth, boxHeight);
  rows.forEach((row, i) => {
    const rowY = y + pad + i * lineHeight;
    drawSwatch(context, row, x + pad, rowY + (lineHeight - size) / 2, size);
    context.fillStyle = INK;
    context.fillText(row.text, x + pad * 2 + size * 1.4, rowY + lineHeight / 2, boxWidth - pad * 3 - size * 1.4);
  });
}

function drawScale(context, { height, unit, scale, bottom }) {
  const pad = Math.round(10 * unit);
  const barHeight = Math.max(3, Math.round(5 * unit));
  context.font = `${Math.round(13 * unit)}px ${FONT}`;
  const labelWidth = context.measureText(scale.label).width;
  const boxHeight = Math.round(22 * unit) + barHeight + pad;
  const y = height - bottom - boxHeight - pad;
  box(context, pad, y, Math.max(scale.pixels, labelWidth) + 2 * pad, boxHeight);
  context.fillStyle = INK;
  context.fillText(scale.label, 2 * pad, y + pad + Math.round(7 * unit));
  const barY = y + boxHeight - pad - barHeight;
  context.fillRect(2 * pad, barY, scale.pixels, barHeight);
  context.fillStyle = '#ffffff';
  context.fillRect(2 * pad + scale.pixels / 2, barY + 1, scale.pixels / 2 - 1, barHeight - 2);
}

/** A band along the foot of the frame with `lines` of text (the first bold); returns its height. */
function drawBand(context, { width, height, unit, heading, text }) {
  const pad = Math.round(12 * unit);
  const size = Math.round(17 * unit);
  context.font = `${size}px ${FONT}`;
  const lines = wrapText(text, width - 2 * pad, measureWith(context)).slice(0, 3);
  const lineHeight = Math.round(size * 1.3);
  const bandHeight = pad * 2 + (lines.length + (heading ? 1 : 0)) * lineHeight;
  context.fillStyle = 'rgba(255, 255, 255, 0.94)';
  context.fillRect(0, height - bandHeight, width, bandHeight);
  context.fillStyle = INK;
  context.fillRect(0, height - bandHeight, width, Math.max(2, Math.round(2 * unit)));
  let y = height - bandHeight + pad + lineHeight / 2;
  if (heading) {
    context.font = `700 ${size}px ${FONT}`;
    context.fillText(heading, pad, y, width - 2 * pad);
    y += lineHeight;
  }
  context.font = `${size}px ${FONT}`;
  for (const line of lines) {
    context.fillText(line, pad, y);
    y += lineHeight;
  }
  return bandHeight;
}

function drawEndCard(context, { width, height, unit, lines, url }) {
  const pad = Math.round(16 * unit);
  const size = Math.round(16 * unit);
  const lineHeight = Math.round(size * 1.35);
  context.font = `${size}px ${FONT}`;
  const measure = measureWith(context);
  const cardWidth = Math.min(width - 2 * pad, Math.round(640 * unit));
  const wrapped = lines.flatMap((line) => wrapText(line, cardWidth - 2 * pad, measure));
  const shown = wrapped.slice(0, Math.max(1, Math.floor((height - 6 * pad) / lineHeight) - 2));
  const cardHeight = pad * 2 + (shown.length + (url ? 2 : 0)) * lineHeight;
  const x = (width - cardWidth) / 2;
  const y = (height - cardHeight) / 2;
  context.fillStyle = 'rgba(255, 255, 255, 0.96)';
  context.fillRect(x, y, cardWidth, cardHeight);
  context.fillStyle = INK;
  context.fillRect(x, y, cardWidth, Math.max(2, Math.round(3 * unit)));
  let lineY = y + pad + lineHeight / 2;
  for (const line of shown) {
    context.fillText(line, x + pad, lineY, cardWidth - 2 * pad);
    lineY += lineHeight;
  }
  if (url) {
    context.font = `700 ${size}px ${FONT}`;
    context.fillText(url, x + pad, lineY + lineHeight / 2, cardWidth - 2 * pad);
  }
}

/**
 * Draw the furniture over a frame of width x height already holding the map: `title`, `when`
 * (the date and time), the legend `rows` [{kind: 'fill'|'hatched'|'line'|'arrow', colour, fill?,
 * dash?, text}] (the last left out where the frame is too low for them), the `scale` {pixels,
 * label}, the held moment's `caption` {heading, text} or null, and the closing card {lines, url}
 * or null. Text is drawn as text, never parsed as markup.
 */
export function drawFurniture(context, { width, height, title, when, rows, scale, caption = null, endCard = null }) {
  const unit = unitOf(width, height);
  context.save();
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.textBaseline = 'middle';
  const top = drawHeading(context, { width, unit, title, when });
  const bottom = caption ? drawBand(context, { width, height, unit, ...caption }) : 0;
  if (scale) drawScale(context, { height, unit, scale, bottom });
  if (rows?.length) drawLegend(context, { width, height, unit, rows, bottom, top });
  if (endCard) drawEndCard(context, { width, height, unit, ...endCard });
  context.restore();
}

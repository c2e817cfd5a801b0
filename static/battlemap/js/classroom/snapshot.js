// A picture of the current frame as a PNG, at screen or double resolution, with the date, a caption and the sources burnt in.
import { wrapText } from './snapshot-text.js';
import { drawWaterAndRail } from '../layers/place-layers.js';
import { drawLegendRow, drawNorthArrow, drawScaleBar, legendEntries, metersPerPixel } from './snapshot-furniture.js';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/**
 * The frame on a new canvas: the map's backdrop, each shared canvas redrawn at `ratio`, a scale
 * bar and a north arrow on it, and a band under it with `title`, `caption` (wrapped), a legend of
 * `sides` and the lines, `credits` and the map's `address`. Text is drawn as text, never parsed
 * as markup.
 */
export function drawSnapshot({ map, canvases, lines = [], backdrop = '#eef0ea', ratio = 1, title, caption = '', credits = '', sides = [], address = '' }) {
  const { x: width, y: height } = map.getSize();
  const measureContext = document.createElement('canvas').getContext('2d');
  const pad = 12;
  measureContext.font = `15px ${FONT}`;
  const captionLines = caption ? wrapText(caption, width - 2 * pad, (text) => measureContext.measureText(text).width) : [];
  measureContext.font = `12px ${FONT}`;
  const entries = legendEntries(sides);
  const legendHeight = entries.length ? drawLegendRow(measureContext, entries, { x: 0, y: 0, width: width - 2 * pad }) + 6 : 0;
  const addressLines = address ? wrapText(address, width - 2 * pad, (text) => measureContext.measureText(text).width) : [];
  const band = pad + 22 + captionLines.length * 20 + legendHeight + (credits ? 18 : 0) + addressLines.length * 16 + pad;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round((height + band) * ratio);
  const context = canvas.getContext('2d');
  context.fillStyle = backdrop;
  context.fillRect(0, 0, canvas.width, canvas.height);
  // The ground, then the rivers and railways (a vector layer on the page), then the overlay.
  canvases[0]?.renderTo(context, ratio);
  context.save();
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  drawWaterAndRail(context, map, lines);
  context.restore();
  for (const shared of canvases.slice(1)) shared.renderTo(context, ratio);
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  drawScaleBar(context, { metersPerPixel: metersPerPixel(map), width, height });
  drawNorthArrow(context, { width });
  context.fillStyle = '#ffffff';
  context.fillRect(0, height, width, band);
  context.fillStyle = '#111111';
  context.fillRect(0, height, width, 2);
  context.textBaseline = 'top';
  let y = height + pad;
  context.font = `700 18px ${FONT}`;
  context.fillText(title, pad, y, width - 2 * pad);
  y += 24;
  context.font = `15px ${FONT}`;
  for (const line of captionLines) {
    context.fillText(line, pad, y);
    y += 20;
  }
  if (entries.length) {
    y += 2;
    y += drawLegendRow(context, entries, { x: pad, y, width: width - 2 * pad }) + 4;
    context.textBaseline = 'top';
  }
  context.font = `12px ${FONT}`;
  context.fillStyle = '#444444';
  if (credits) {
    context.fillText(credits, pad, y + 2, width - 2 * pad);
    y += 18;
  }
  for (const line of addressLines) {
    context.fillText(line, pad, y + 1);
    y += 16;
  }
  return canvas;
}

/** Offer `blob` (a picture, a video) to the reader as a download named `fileName`. */
export function downloadBlob(blob, fileName, doc = document) {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  doc.body.appendChild(link);
  link.click();
  link.remove();
  // Long enough for a large video to be handed over.
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

/** Offer the canvas to the reader as a download named `fileName`. */
export function downloadCanvas(canvas, fileName, doc = document) {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (!blob) {
        reject(new Error('battlemap: the picture could not be made'));
        return;
      }
      downloadBlob(blob, fileName, doc);
      resolve(blob);
    }, 'image/png');
  });
}

// What makes a picture of the map stand alone: a scale bar and a north arrow on the map, and a legend row of what its colours and lines mean.
import { scaleBar } from '../video/scale-bar.js';
import { gettext, interpolate } from '../core/i18n.js';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** Metres a container pixel spans along the map's middle row (Leaflet's `distance`). */
export function metersPerPixel(map) {
  const { x: width, y: height } = map.getSize();
  const left = map.containerPointToLatLng([width * 0.25, height / 2]);
  const right = map.containerPointToLatLng([width * 0.75, height / 2]);
  return map.distance(left, right) / (width * 0.5);
}

/** A white card in the lower left with a two-part bar of a round distance; its box. */
export function drawScaleBar(context, { metersPerPixel: perPixel, width, height }) {
  const bar = scaleBar(perPixel, Math.max(40, width * 0.2));
  const [x, y, pad] = [10, height - 40, 8];
  context.fillStyle = 'rgba(255,255,255,0.92)';
  context.strokeStyle = '#444';
  context.lineWidth = 1;
  context.fillRect(x, y, bar.pixels + 2 * pad + 30, 30);
  context.strokeRect(x, y, bar.pixels + 2 * pad + 30, 30);
  context.fillStyle = '#111';
  context.fillRect(x + pad, y + 20, bar.pixels / 2, 5);
  context.strokeStyle = '#111';
  context.strokeRect(x + pad + bar.pixels / 2, y + 20, bar.pixels / 2, 5);
  context.font = `12px ${FONT}`;
  context.textBaseline = 'alphabetic';
  context.fillText('0', x + pad, y + 16);
  context.fillText(bar.label, x + pad + bar.pixels - context.measureText(bar.label).width / 2, y + 16);
  return { x, y, width: bar.pixels + 2 * pad + 30, height: 30, label: bar.label };
}

/** An arrow pointing up with an N in the upper right (the map is drawn with north up). */
export function drawNorthArrow(context, { width }) {
  const [x, y] = [width - 40, 10];
  context.fillStyle = 'rgba(255,255,255,0.92)';
  context.strokeStyle = '#444';
  context.lineWidth = 1;
  context.fillRect(x, y, 30, 44);
  context.strokeRect(x, y, 30, 44);
  context.fillStyle = '#111';
  context.beginPath();
  context.moveTo(x + 15, y + 5);
  context.lineTo(x + 23, y + 26);
  context.lineTo(x + 15, y + 21);
  context.lineTo(x + 7, y + 26);
  context.closePath();
  context.fill();
  context.font = `700 12px ${FONT}`;
  context.textBaseline = 'alphabetic';
  context.fillText('N', x + 11, y + 40);
}

/** The legend's entries for `sides` ([{name, colour}]): [{kind, colour, text}]. */
export function legendEntries(sides) {
  const entries = [];
  for (const side of sides) {
    const name = String(side.name).split(' (')[0];
    entries.push({ kind: 'ground', colour: side.colour, text: interpolate(gettext('%(side)s: ground held'), { side: name }) });
    entries.push({ kind: 'arrow', colour: side.colour, text: interpolate(gettext('%(side)s: attack'), { side: name }) });
  }
  entries.push({ kind: 'pocket', colour: '#c0392b', text: gettext('Pocket (encircled)') });
  entries.push({ kind: 'front', colour: '#111111', text: gettext('Front line') });
  entries.push({ kind: 'river', colour: '#2e86de', text: gettext('River') });
  entries.push({ kind: 'railway', colour: '#222222', text: gettext('Railway') });
  return entries;
}

function swatch(context, entry, x, y) {
  context.save();
  if (entry.kind === 'ground' || entry.kind === 'pocket') {
    context.globalAlpha = 0.35;
    context.fillStyle = entry.colour;
    context.fillRect(x, y, 22, 12);
    context.globalAlpha = 1;
    if (entry.kind === 'pocket') {
      context.strokeStyle = '#000';
      context.lineWidth = 1;
      for (let i = -12; i < 22; i += 5) {
        context.beginPath();
        context.moveTo(x + Math.max(0, i), y + 12 - Math.max(0, -i));
        context.lineTo(x + Math.min(22, i + 12), y + Math.max(0, 12 - (22 - i)));
        context.stroke();
      }
    }
    context.strokeStyle = entry.colour;
    context.strokeRect(x, y, 22, 12);
  } else {
    context.strokeStyle = entry.colour;
    context.lineWidth = entry.kind === 'front' || entry.kind === 'arrow' ? 3 : 2;
    context.setLineDash(entry.kind === 'railway' ? [5, 3] : []);
    context.beginPath();
    context.moveTo(x, y + 6);
    context.lineTo(x + 22, y + 6);
    context.stroke();
  }
  context.restore();
}

/** Lay the legend out in rows of at most `width` from (x, y): each entry a swatch and its words; its height. */
export function drawLegendRow(context, entries, { x, y, width, measure = (text) => context.measureText(text).width }) {
  context.font = `12px ${FONT}`;
  context.textBaseline = 'middle';
  let [cx, cy] = [x, y];
  for (const entry of entries) {
    const need = 28 + measure(entry.text) + 14;
    if (cx > x && cx + need > x + width) {
      cx = x;
      cy += 18;
    }
    swatch(context, entry, cx, cy);
    context.fillStyle = '#222';
    context.fillText(entry.text, cx + 28, cy + 6);
    cx += need;
  }
  return cy + 18 - y;
}

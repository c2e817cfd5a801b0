// One video frame on a canvas: the page's map layers drawn afresh at the frame's time, then the furniture over them.
import { LINE_STYLE, drawWaterAndRail } from '../layers/place-layers.js';
import { creditsLine } from '../classroom/snapshot-text.js';
import { describeTime, shortSideName } from '../time/format.js';
import { drawFurniture, unitOf } from './frame-furniture.js';
import { scaleBar } from './scale-bar.js';
import { gettext } from '../core/i18n.js';

/** `hex` ('#rrggbb') mixed with white, `share` of it kept, as the legend's held-ground swatch. */
export function mixWithWhite(hex, share) {
  const match = /^#([0-9a-f]{6})$/i.exec(hex || '');
  if (!match) return '#dddddd';
  const value = parseInt(match[1], 16);
  const channel = (shift) => Math.round(((value >> shift) & 255) * share + 255 * (1 - share));
  return `rgb(${channel(16)}, ${channel(8)}, ${channel(0)})`;
}

/** The legend's rows for the frame: each side's ground, then the marks the map draws. */
export function legendRows(sides) {
  return [
    ...sides.map((side) => ({ kind: 'fill', colour: side.colour, fill: mixWithWhite(side.colour, 0.3), text: shortSideName(side.name) })),
    { kind: 'hatched', colour: '#c0392b', fill: '#e8b3ad', text: gettext('Pocket (encircled)') },
    { kind: 'line', colour: '#111111', text: gettext('Front line') },
    { kind: 'arrow', colour: '#c0392b', text: gettext('Attack') },
    { kind: 'line', colour: LINE_STYLE.river.color, text: gettext('River') },
    { kind: 'line', colour: LINE_STYLE.railway.color, dash: true, text: gettext('Railway') },
  ];
}

/** The scale bar for the map's middle, at most `maxPixels` long. */
function scaleOf(map, maxPixels) {
  const { x, y } = map.getSize();
  const left = map.containerPointToLatLng([x / 2 - 50, y / 2]);
  const right = map.containerPointToLatLng([x / 2 + 50, y / 2]);
  const metersPerPixel = map.distance(left, right) / 100;
  return metersPerPixel > 0 ? scaleBar(metersPerPixel, maxPixels) : null;
}

/**
 * Draw `frame` ({time, moment, endCard} of a plan) on `canvas` (the map's size): the map's backdrop,
 * its ground canvas, the rivers and railways, its overlay canvas, then the furniture. `page` holds
 * createMap's parts; `moments` the key moments with times; `url` the address the closing card gives;
 * `cited` the ids of the sources the closing card credits (citedInSpan).
 * The clock must already stand at the frame's time.
 */
export function composeFrame(canvas, { page, frame, moments, url, cited = [] }) {
  const { map, canvases, index, waterAndRail, backdrop } = page;
  const { width, height } = canvas;
  const context = canvas.getContext('2d');
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.fillStyle = backdrop || '#eef0ea';
  context.fillRect(0, 0, width, height);
  canvases[0]?.renderTo(context, 1);
  if (map.hasLayer(waterAndRail)) drawWaterAndRail(context, map, index.places);
  for (const shared of canvases.slice(1)) shared.renderTo(context, 1);
  const moment = frame.moment === null ? null : moments[frame.moment];
  drawFurniture(context, {
    width,
    height,
    title: index.operation.name,
    when: describeTime(index, frame.time),
    rows: legendRows(index.sides),
    scale: scaleOf(map, 130 * unitOf(width, height)),
    caption: moment ? { heading: moment.title, text: moment.caption || '' } : null,
    endCard: frame.endCard ? {
      lines: [index.operation.name, creditsLine(index.sources, cited, 6), gettext('Drawn by Battlemap: the areas, fronts and arrows are its reading of these sources.')].filter(Boolean),
      url,
    } : null,
  });
}

// The map both pages are built on: the clock, the Leaflet map, the morph and its preparer, the layers and the controls and panels over them.
import { createGrid } from '../core/projection.js';
import { loadScript } from '../core/load-script.js';
import { DetailNotice } from '../controls/detail-notice.js';
import { echelonControl } from '../controls/echelon-control.js';
import { menuControl } from '../controls/menu-control.js';
import { pointOfViewControl } from '../controls/point-of-view-control.js';
import { stepByDayButton } from '../controls/step-by-day-button.js';
import { StoryPanel } from '../controls/story-panel.js';
import { TimelineWidget } from '../controls/timeline-widget.js';
import { UnitCard } from '../controls/unit-card.js';
import { areaLayer, frontLayer } from '../layers/area-layer.js';
import { contextGroundLayers } from '../layers/context-ground.js';
import { eventLayer } from '../layers/event-layer.js';
import { areaBasisLayer } from '../layers/area-basis.js';
import { movementLayer } from '../layers/movement-layer.js';
import { placeInk, placeLayer, waterAndRailLayer } from '../layers/place-layers.js';
import { sharedCanvas } from '../layers/shared-canvas.js';
import { unitLayer } from '../layers/unit-layer.js';
import { createMorph } from '../morph/create-morph.js';
import { MorphPreparer } from '../morph/morph-preparer.js';
import { SymbolCache } from '../symbols/symbol-cache.js';
import { SYMBOL_SPRITE } from '../symbols/symbol-sprite.js';
import { Clock } from '../time/clock.js';
import { TimelineIndex } from '../time/timeline-index.js';
import { UrlSync } from '../time/url-sync.js';
import { addBaseLayers } from './base-layers.js';
import { DrawingDetail } from './drawing-detail.js';
import { GroundFit } from './ground-fit.js';
import { jumpToEvent } from './jump-to-event.js';
import { gettext } from '../core/i18n.js';

const L = window.L;
/** Grid cells along the long side of the bbox for the signed distance fields. */
const GRID_LONG_SIDE_CELLS = 256;
// The distance fields kept: those of the days this many either side of the current span (a
// field is 2 bytes a cell, 124 KB for Kharkov); the worker builds the others as the time nears them.
const FIELD_DAYS_KEPT = 1;

/** The bbox grown to take in every area, so the morph grid never clips an authored shape. */
function extentOfAreas(areasByDate, [west, south, east, north]) {
  const extent = [west, south, east, north];
  const visit = (coordinates) => {
    if (typeof coordinates[0] === 'number') {
      extent[0] = Math.min(extent[0], coordinates[0]);
      extent[1] = Math.min(extent[1], coordinates[1]);
      extent[2] = Math.max(extent[2], coordinates[0]);
      extent[3] = Math.max(extent[3], coordinates[1]);
    } else {
      coordinates.forEach(visit);
    }
  };
  for (const areas of Object.values(areasByDate)) for (const area of areas) if (area.geometry) visit(area.geometry.coordinates);
  return extent;
}

/**
 * milsymbol, for a code the symbol sprite lacks (one authored since the sprite was built): the
 * library is the largest script by far, so it is loaded only then, from the map's
 * data-milsymbol-src.
 */
function loadMilsymbol() {
  if (window.ms) return Promise.resolve(window.ms);
  const src = document.getElementById('battlemap-map').dataset.milsymbolSrc;
  if (!src) return Promise.reject(new Error('battlemap: the map has no data-milsymbol-src'));
  return loadScript(src).then(() => window.ms);
}

/** The Leaflet map over the operation's bbox, holding the clock for the layers and panels added to it. */
function leafletMap(index, clock, detail, reducedMotion) {
  const [west, south, east, north] = index.operation.bbox;
  const bounds = L.latLngBounds([south, west], [north, east]);
  const map = L.map(document.getElementById('battlemap-map'), {
    zoomSnap: 0.25,
    zoomDelta: 0.5,
    wheelPxPerZoomLevel: 90,
    minZoom: 4,
    maxZoom: 13,
    keyboard: true,
    maxBounds: bounds.pad(1.5),
    fadeAnimation: !reducedMotion,
    zoomAnimation: !reducedMotion,
    // Time-aware layers and panels find the clock here when they are added to the map, and how
    // much to draw while it plays.
    clock,
    detail,
  });
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
  followContainerSize(map);
  return map;
}

/**
 * Leaflet measures its box again when the window's size changes; the box also changes without it
 * (a presentation's caption of another length on a phone, a panel shown or hidden), and the
 * canvases would keep the old size, leaving a band of the map blank. Measured again at most once
 * a frame.
 */
function followContainerSize(map) {
  if (typeof ResizeObserver !== 'function') return;
  let pending = false;
  new ResizeObserver(() => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      map.invalidateSize({ animate: false, debounceMoveend: true });
    });
  }).observe(map.getContainer());
}

/**
 * The morph and its preparer: the distance fields come from a worker, off this thread, so that
 * preparing them never drops a frame; where none can start (a page opened from file://) they are
 * built in idle time. redraw() is called when fields arrive for what was drawn without them.
 */
function morphing({ index, timeline, clock, redraw }) {
  const morph = createMorph({
    dates: index.dates,
    areasByDate: timeline.areas,
    frontsByDate: timeline.fronts,
    sides: index.sides.map((s) => s.slug),
    roles: index.areaRoles,
    certainties: index.certainties,
    grid: createGrid(extentOfAreas(timeline.areas, index.operation.bbox), { longSideCells: GRID_LONG_SIDE_CELLS }),
  });
  const preparer = new MorphPreparer({
    store: morph.store,
    morphs: [morph.areas, morph.front],
    workerUrl: document.getElementById('battlemap-map').dataset.fieldWorkerSrc || null,
    keepDays: FIELD_DAYS_KEPT,
    onFields: redraw,
    onDone: () => { document.documentElement.dataset.battlemapPrepared = 'true'; },
    busy: () => clock.playing,
  });
  clock.on('timechange', ({ time }) => preparer.follow(time));
  return { morph, preparer };
}

/**
 * The canvas layers on two shared canvases: areas and front under the rivers and railways;
 * places, arrows and units over them, their labels placed together so that none overlaps another.
 */
function canvasLayers({ map, index, morph, symbols, backdrop, reducedMotion, fitZoom, context }) {
  map.createPane('bm-ground').style.zIndex = 350;
  map.createPane('bm-overlay').style.zIndex = 450;
  // When frames come late while playing (DrawingDetail), the areas move in quarters of a day and
  // only the most important names are placed.
  const ground = sharedCanvas({ pane: 'bm-ground', lightStepsPerDay: 4 });
  const overlay = sharedCanvas({ pane: 'bm-overlay', lightLabelLimit: 12 });
  const layers = {
    areas: areaLayer({ canvas: ground, order: 0, morph: morph.areas, sideBySlug: index.sideBySlug, pulse: !reducedMotion, backdrop }),
    front: frontLayer({ canvas: ground, order: 1, morph: morph.front }),
    movements: movementLayer({ canvas: overlay, order: 1, index }),
    units: unitLayer({ canvas: overlay, order: 2, index, symbols, fitZoom }),
    places: placeLayer({ canvas: overlay, order: 0, places: index.places, fitZoom, ink: placeInk(map.getContainer()) }),
  };
  // The region beyond the bbox, faint: its lines under the areas, its names placed after all others.
  const region = contextGroundLayers({ ground, overlay, context, bbox: index.operation.bbox, container: map.getContainer(),
    placeLayer: layers.places });
  Object.assign(layers, { contextGround: region.ground.addTo(map), contextNames: region.names.addTo(map) });
  return { layers, canvases: [ground, overlay] };
}

/**
 * Build the map of an operation in the page's #battlemap-map, with what every page of it shows.
 * options: the page's options (tile_layers); timeline: the timeline document. Returns {map, clock,
 * detail (the DrawingDetail), index, symbols, morph, preparer, layers (the canvas layers by name), events, waterAndRail, groundFit,
 * overlays (Map URL name -> layer), canvases, backdrop, timelineWidget, urlSync, reducedMotion}.
 */
export function createMap(options, timeline) {
  const index = new TimelineIndex(timeline);
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  // The one source of time; with reduced motion it steps and its display time is whole days.
  const clock = new Clock({ maxTime: index.maxTime, reducedMotion });
  // How much the map draws while it plays: less, and saying so, when the device cannot keep up.
  const detail = new DrawingDetail({ clock });
  const map = leafletMap(index, clock, detail, reducedMotion);
  // The operation's ground fitted to the frame now and on every resize; the layers' echelons and
  // place names follow the ground's scale on screen.
  const groundFit = new GroundFit(map, {
    bbox: index.operation.bbox,
    onFitZoom: (zoom) => { layers.units.setFitZoom(zoom); layers.places.setFitZoom(zoom); },
  });
  groundFit.showOperation();
  const symbols = new SymbolCache({ sprite: SYMBOL_SPRITE, loadMilsymbol });
  const { morph, preparer } = morphing({
    index, timeline, clock,
    redraw: () => {
      if (!morph.areas.complete) layers.areas.requestRedraw();
      if (!morph.front.complete) layers.front.requestRedraw();
    },
  });
  // With no base map the areas lie on the map's flat background and can be drawn opaque.
  const backdrop = getComputedStyle(map.getContainer()).getPropertyValue('--bm-map-backdrop').trim() || null;
  const { layers, canvases } = canvasLayers({ map, index, morph, symbols, backdrop, reducedMotion, fitZoom: groundFit.fitZoom, context: timeline.context });
  const { areas, front, places, movements, units } = layers;
  const events = eventLayer({ index, onSelect: (event) => jumpToEvent({ map, clock }, event) });
  const waterAndRail = waterAndRailLayer(index.places);
  const named = [['areas', gettext('Areas'), areas], ['front', gettext('Front line'), front], ['units', gettext('Units'), units],
    ['movements', gettext('Movements'), movements], ['events', gettext('Events'), events], ['places', gettext('Places'), places],
    ['lines', gettext('Rivers and railways'), waterAndRail]];
  const { baseLayers, tileLayers } = addBaseLayers(map, { tiles: options.tile_layers || [], areas, backdrop });
  const overlays = new Map(tileLayers);
  for (const [name, , layer] of named) {
    overlays.set(name, layer);
    layer.addTo(map);
  }
  // A click on the ground says how that day's area there is known (issue #26).
  areaBasisLayer({ index, areas }).addTo(map);
  const layersControl = L.control.layers(baseLayers, Object.fromEntries(named.map(([, title, layer]) => [title, layer])), { position: 'topright', collapsed: true }).addTo(map);
  const echelons = echelonControl({ unitLayer: units }).addTo(map);
  L.control.scale({ imperial: false }).addTo(map);
  // Neutral symbols by default; a switch (and ?pov=) takes one side's view, and the legend follows.
  const pointOfView = pointOfViewControl({ sides: index.sides, symbols, onChange: () => urlSync.write('push') }).addTo(map);
  // In a small frame these fold into one menu button (the zoom and scale give way to pinch and wheel).
  const legend = pointOfView.legend();
  const menu = menuControl({ controls: [layersControl, echelons, pointOfView, legend], openInSheet: [legend] }).addTo(map);
  const panels = addPanels({ map, clock, detail, index, symbols, units });
  const urlSync = new UrlSync({ clock, map, index, layers: overlays, unitLayer: units, pointOfView, groundFit });
  return {
    map, clock, detail, index, symbols, morph, preparer, layers, events, waterAndRail, overlays, canvases, backdrop, groundFit,
    urlSync, reducedMotion, menu, ...panels,
  };
}

/** The timeline, the day's story and the unit card, each finding the clock on the map. */
function addPanels({ map, clock, detail, index, symbols, units }) {
  const timelineElement = document.getElementById('battlemap-timeline');
  const timelineWidget = new TimelineWidget(timelineElement, { index }).addTo(map);
  stepByDayButton(timelineElement.querySelector('[data-role="step-by-day"]'), { clock, detail });
  new DetailNotice(document.querySelector('[data-role="detail-notice"]'), detail);
  timelineElement.addEventListener('battlemap:event-jump', (e) => jumpToEvent({ map, clock }, e.detail.event));
  new StoryPanel(document.querySelector('[data-role="story"]'), { index, onSelect: (event) => jumpToEvent({ map, clock }, event) }).addTo(map);
  const card = new UnitCard(document.querySelector('[data-role="unit-card"]'), {
    index,
    symbols,
    onJump: (day) => clock.jumpTo(day),
    onClose: () => units.select(null),
  }).addTo(map);
  symbols.on('change', () => units.requestRedraw());
  units.on('unithover', ({ formation }) => card.setHovered(formation));
  units.on('unitselect', ({ formation }) => card.setSelected(formation));
  return { timelineWidget, card };
}

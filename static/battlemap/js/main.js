// Entry point of the operation page: loads the timeline, builds the map, layers, controls and panels.
import { createMorph } from './morph/create-morph.js';
import { Clock } from './time/clock.js';
import { exposeForTests } from './map/debug-hook.js';
import { connectHost, applyEmbedOptions, startEmbedPlayback } from './embed/embed-host.js';
import { shareDialog } from './controls/share-dialog.js';
// Its links ("Compare with…", the day's handout) carry the map's state; it wires them as it loads.
import './map/compare-link.js';
import { downloadCanvas, drawSnapshot } from './classroom/snapshot.js';
import { creditsLine, snapshotFileName } from './classroom/snapshot-text.js';
import { describeTime } from './time/format.js';
import { MorphPreparer } from './morph/morph-preparer.js';
import { createGrid } from './core/projection.js';
import { TimelineIndex } from './time/timeline-index.js';
import { UrlSync } from './time/url-sync.js';
import { areaLayer, frontLayer } from './layers/area-layer.js';
import { sharedCanvas } from './layers/shared-canvas.js';
import { eventLayer } from './layers/event-layer.js';
import { movementLayer } from './layers/movement-layer.js';
import { placeLayer, waterAndRailLayer } from './layers/place-layers.js';
import { SymbolCache } from './symbols/symbol-cache.js';
import { SYMBOL_SPRITE } from './symbols/symbol-sprite.js';
import { unitLayer } from './layers/unit-layer.js';
import { echelonControl } from './controls/echelon-control.js';
import { legendControl } from './controls/legend-control.js';
import { pointOfViewControl } from './controls/point-of-view-control.js';
import { StatsChart } from './controls/stats-chart.js';
import { StoryPanel } from './controls/story-panel.js';
import { TimelineWidget } from './controls/timeline-widget.js';
import { MomentList } from './classroom/moment-list.js';
import { Presentation } from './classroom/presentation.js';
import { momentsWithTimes } from './classroom/key-moments.js';
import { UnitCard } from './controls/unit-card.js';
import { UnitList } from './controls/unit-list.js';

const L = window.L;
/** Grid cells along the long side of the bbox for the signed distance fields. */
const GRID_LONG_SIDE_CELLS = 256;
// The distance fields kept: those of the days this many either side of the current span (a
// field is 2 bytes a cell, 124 KB for Kharkov); the worker builds the others as the time nears them.
const FIELD_DAYS_KEPT = 1;

function readOptions() {
  const element = document.getElementById('battlemap-options');
  if (!element) throw new Error('battlemap: the page has no #battlemap-options json_script');
  return JSON.parse(element.textContent);
}

async function fetchTimeline(url) {
  // A static export ships the document as a script beside the page: a page opened from file://
  // cannot fetch its neighbours.
  if (window.BATTLEMAP_TIMELINE) return window.BATTLEMAP_TIMELINE;
  // The server puts a small operation's document in the page itself (BATTLEMAP['INLINE_TIMELINE_MAX_BYTES']).
  const inline = document.getElementById('battlemap-timeline-data');
  if (inline) return JSON.parse(inline.textContent);
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`battlemap: ${url} answered ${response.status}`);
  return response.json();
}

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

/** Load a classic script (a vendored library) and resolve when it has run. */
function loadScript(src) {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = resolve;
    script.onerror = () => reject(new Error(`battlemap: could not load ${src}`));
    document.head.appendChild(script);
  });
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

/** Presentation mode and the key moments' list and marks, wired to the page's buttons and keys. */
function startPresentation({ map, clock, index, moments, overlays, reducedMotion }) {
  const element = (role) => document.querySelector(`[data-role="${role}"]`);
  const presentation = new Presentation({
    map, clock, index, moments, overlays: new Map([...overlays].filter(([name]) => !name.startsWith('tiles-'))),
    reducedMotion,
    elements: {
      caption: element('present-caption'), counter: element('present-counter'), title: element('present-title'),
      text: element('present-text'), sources: element('present-sources'), blank: element('blank'), exit: element('present-exit'),
    },
  });
  const list = new MomentList(element('moments'), { index, moments, onSelect: (i) => presentation.goTo(i) });
  presentation.onChange(({ current }) => list.setCurrent(current));
  document.querySelector('[data-action="present"]')?.addEventListener('click', () => presentation.enter());
  // The side panel can be hidden, giving the map the whole width (a projector, a small laptop).
  const panelToggle = document.querySelector('[data-action="toggle-panel"]');
  panelToggle?.addEventListener('click', () => {
    const hidden = document.body.classList.toggle('bm-panel-hidden');
    panelToggle.setAttribute('aria-pressed', String(hidden));
    panelToggle.textContent = hidden ? 'Show panel' : 'Hide panel';
    map.invalidateSize({ animate: false });
  });
  document.getElementById('battlemap-timeline').addEventListener('battlemap:moment-jump', (e) => presentation.goTo(e.detail.index));
  return presentation;
}

/**
 * The share dialog's PNG buttons: the frame at screen or double resolution; the caption is the
 * current key moment's, or else the day's most important event's, and the sources theirs.
 */
function wireSnapshots({ map, clock, index, canvases, waterAndRail, backdrop, presentation, slug }) {
  for (const button of document.querySelectorAll('[data-action="download-png"]')) {
    button.addEventListener('click', () => {
      const ratio = Number(button.dataset.ratio) || 1;
      const { date, hhmm, dayIndex } = index.partsOf(clock.time);
      const moment = presentation?.current !== null && presentation?.current !== undefined ? presentation.moments[presentation.current] : null;
      const dayEvents = index.events.filter((event) => Math.floor(event.at) === dayIndex);
      const event = dayEvents.sort((a, b) => b.importance - a.importance)[0];
      const caption = moment ? `${moment.title}. ${moment.caption}` : event ? `${event.title}. ${event.text || ''}` : '';
      const cited = moment ? moment.sources : event ? event.sources : [];
      const lines = map.hasLayer(waterAndRail) ? index.places : [];
      const canvas = drawSnapshot({
        map, canvases, lines, backdrop: backdrop || '#eef0ea', ratio,
        title: `${index.operation.name} · ${describeTime(index, clock.time)}`,
        caption: caption.trim(),
        credits: [creditsLine(index.sources, cited), 'Battlemap'].filter(Boolean).join(' · '),
      });
      downloadCanvas(canvas, snapshotFileName(slug, date, hhmm, ratio)).catch((error) => console.error(error));
    });
  }
}

function showFailure(message) {
  const status = document.querySelector('[data-role="status"]');
  if (status) {
    status.hidden = false;
    status.textContent = message;
  }
}

export async function start() {
  performance.mark('battlemap:modules-ready');
  const options = readOptions();
  const timelineLoading = fetchTimeline(options.timeline_url);
  const symbols = new SymbolCache({ sprite: SYMBOL_SPRITE, loadMilsymbol });
  const timeline = await timelineLoading;
  performance.mark('battlemap:data-loaded');
  const index = new TimelineIndex(timeline);
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  // The one source of time; with reduced motion it steps and its display time is whole days.
  const clock = new Clock({ maxTime: index.maxTime, reducedMotion });

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
    // Time-aware layers and panels find the clock here when they are added to the map.
    clock,
  });
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
  map.fitBounds(bounds, { animate: false });
  const fitZoom = map.getZoom();

  const morph = createMorph({
    dates: index.dates,
    areasByDate: timeline.areas,
    frontsByDate: timeline.fronts,
    sides: index.sides.map((s) => s.slug),
    grid: createGrid(extentOfAreas(timeline.areas, index.operation.bbox), { longSideCells: GRID_LONG_SIDE_CELLS }),
  });

  // The distance fields come from a worker, off this thread, so that preparing them never drops
  // a frame; where none can start (a page opened from file://) they are built in idle time.
  const preparer = new MorphPreparer({
    store: morph.store,
    morphs: [morph.areas, morph.front],
    workerUrl: document.getElementById('battlemap-map').dataset.fieldWorkerSrc || null,
    keepDays: FIELD_DAYS_KEPT,
    onFields: () => {
      if (!morph.areas.complete) areas.requestRedraw();
      if (!morph.front.complete) front.requestRedraw();
    },
    onDone: () => { document.documentElement.dataset.battlemapPrepared = 'true'; },
    busy: () => clock.playing,
  });
  clock.on('timechange', ({ time }) => preparer.follow(time));

  // Two canvases: areas and front under the rivers and railways; places, arrows and units over
  // them, their labels placed together so that none overlaps another.
  map.createPane('bm-ground').style.zIndex = 350;
  map.createPane('bm-overlay').style.zIndex = 450;
  const groundCanvas = sharedCanvas({ pane: 'bm-ground' });
  const overlayCanvas = sharedCanvas({ pane: 'bm-overlay' });

  // With no base map the areas lie on the map's flat background and can be drawn opaque.
  const mapBackdrop = getComputedStyle(map.getContainer()).getPropertyValue('--bm-map-backdrop').trim() || null;
  const areas = areaLayer({ canvas: groundCanvas, order: 0, morph: morph.areas, sideBySlug: index.sideBySlug, pulse: !reducedMotion, backdrop: mapBackdrop });
  const front = frontLayer({ canvas: groundCanvas, order: 1, morph: morph.front });
  const settlements = placeLayer({ canvas: overlayCanvas, order: 0, places: index.places, fitZoom });
  const movements = movementLayer({ canvas: overlayCanvas, order: 1, index });
  const units = unitLayer({ canvas: overlayCanvas, order: 2, index, symbols, fitZoom });
  const jumpToEvent = (event) => {
    clock.jumpTo(event.at);
    if (event.geometry?.type === 'Point') {
      const [lon, lat] = event.geometry.coordinates;
      if (!map.getBounds().pad(-0.1).contains([lat, lon])) map.panTo([lat, lon]);
    }
  };
  const events = eventLayer({ index, onSelect: jumpToEvent });
  const waterAndRail = waterAndRailLayer(index.places);

  const overlays = new Map([
    ['areas', ['Areas', areas]],
    ['front', ['Front line', front]],
    ['units', ['Units', units]],
    ['movements', ['Movements', movements]],
    ['events', ['Events', events]],
    ['places', ['Places', settlements]],
    ['lines', ['Rivers and railways', waterAndRail]],
  ]);
  const baseLayers = { 'No base map (offline)': L.layerGroup() };
  const urlLayers = new Map();
  (options.tile_layers || []).forEach((tiles, i) => {
    const layer = L.tileLayer(tiles.url, { attribution: tiles.attribution, maxZoom: 18 });
    baseLayers[tiles.name] = layer;
    urlLayers.set(`tiles-${i}`, layer);
  });
  baseLayers['No base map (offline)'].addTo(map);
  // Areas blend over a base map, and are drawn opaque over the flat background otherwise.
  const tileLayers = [...urlLayers.values()];
  map.on('layeradd layerremove', ({ layer }) => {
    if (tileLayers.includes(layer)) areas.setBackdrop(tileLayers.some((t) => map.hasLayer(t)) ? null : mapBackdrop);
  });
  for (const [name, [, layer]] of overlays) {
    urlLayers.set(name, layer);
    layer.addTo(map);
  }
  L.control.layers(baseLayers, Object.fromEntries([...overlays.values()]), { position: 'topright', collapsed: true }).addTo(map);
  echelonControl({ unitLayer: units }).addTo(map);
  L.control.scale({ imperial: false }).addTo(map);
  // Folded at every size: nothing covers the map unless the reader asks (one click opens it).
  let legend = legendControl({ sides: index.sides, symbols, collapsed: true }).addTo(map);
  // Neutral symbols by default; a switch (and ?pov=) takes one side's view, and the legend follows.
  const pointOfView = {
    get: () => symbols.pointOfView,
    set: (side) => {
      if ((side || null) === symbols.pointOfView) return;
      symbols.setPointOfView(side);
      povControl.setValue(side);
      const open = legend.getContainer()?.open;
      legend.remove();
      legend = legendControl({ sides: index.sides, symbols, collapsed: !open }).addTo(map);
      units.requestRedraw();
    },
  };
  const povControl = pointOfViewControl({
    sides: index.sides,
    onChange: (side) => {
      pointOfView.set(side);
      urlSync.write('push');
    },
  }).addTo(map);

  const timelineWidget = new TimelineWidget(document.getElementById('battlemap-timeline'), { index }).addTo(map);
  document.getElementById('battlemap-timeline').addEventListener('battlemap:event-jump', (e) => jumpToEvent(e.detail.event));
  new StoryPanel(document.querySelector('[data-role="story"]'), { index, onSelect: jumpToEvent }).addTo(map);
  const card = new UnitCard(document.querySelector('[data-role="unit-card"]'), {
    index,
    symbols,
    onJump: (day) => clock.jumpTo(day),
    onClose: () => units.select(null),
  }).addTo(map);
  if (!options.embed) {
    new UnitList(document.querySelector('[data-role="units"]'), { index, unitLayer: units, announcer: document.querySelector('[data-role="announcer"]') }).addTo(map);
  }
  symbols.on('change', () => units.requestRedraw());
  units.on('unithover', ({ formation }) => card.setHovered(formation));
  units.on('unitselect', ({ formation }) => card.setSelected(formation));

  const moments = momentsWithTimes(timeline.key_moments, (date, hhmm) => index.timeOf(date, hhmm));
  // The key moments are marked on the full page's timeline (an embed's host drives its own story).
  if (!options.embed) timelineWidget.setMoments(moments);
  const presentation = options.embed ? null : startPresentation({ map, clock, index, moments, overlays: urlLayers, reducedMotion });

  const embedOptions = options.embed ? applyEmbedOptions({ clock, index }) : null;
  // A from/to span narrows the timeline bar to its days.
  if (embedOptions && (embedOptions.from || embedOptions.to)) timelineWidget.rebuild();
  const urlSync = new UrlSync({ clock, map, index, layers: urlLayers, unitLayer: units, pointOfView });
  urlSync.apply(urlSync.parse());
  urlSync.start();
  if (presentation && new URLSearchParams(window.location.search).get('mode') === 'present') presentation.enter();
  if (!options.embed) {
    shareDialog({ slug: options.slug, title: index.operation.name });
    wireSnapshots({ map, clock, index, canvases: [groundCanvas, overlayCanvas], waterAndRail, backdrop: mapBackdrop, presentation, slug: options.slug });
  }
  if (options.embed) {
    connectHost({ clock, map, index, layers: urlLayers, unitLayer: units, allowedOrigins: options.allowed_origins, slug: options.slug });
  }

  exposeForTests({
    map, clock, index, timelineWidget, morph, preparer, urlSync, presentation, symbols, events,
    layers: { areas, front, movements, units, places: settlements },
    canvases: [groundCanvas, overlayCanvas],
  });

  // The first complete frame: every canvas layer has drawn once by now (they draw when added).
  requestAnimationFrame(() => {
    performance.mark('battlemap:first-frame');
    document.documentElement.dataset.battlemapReady = 'true';
    // The address names the state the map starts in (its day, view and layers).
    urlSync.write('replace');
    // The chart is not part of the map's frame: load uPlot and build it once the map is on screen.
    const chartElement = document.querySelector('[data-role="chart"]');
    loadScript(chartElement.dataset.uplotSrc).then(() => {
      const chart = new StatsChart(chartElement, { index, uPlot: window.uPlot }).addTo(map);
      chart.onPick = (time) => clock.jumpTo(time);
    });
    setTimeout(() => preparer.start(Math.floor(clock.time)), 0);
    if (embedOptions) startEmbedPlayback({ clock, options: embedOptions });
  });
}

start().catch((error) => {
  console.error(error);
  showFailure(`The map could not be loaded: ${error.message}`);
});

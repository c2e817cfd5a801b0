// The read-only hook the browser tests and the benchmark read: window.battlemap and its `debug` getters.

/**
 * Expose the page's parts as `window.battlemap` (the only global): the map, the clock, the index
 * and the timeline widget, and under `debug` getters over what was drawn, a per-frame draw log
 * (filled only while `drawLog.recording` is true) and `drawNow()` for benchmarks.
 * `layers` holds the canvas layers by name: areas, front, movements, units, places.
 */
export function exposeForTests({ map, clock, index, timelineWidget, layers, canvases, morph, preparer, urlSync, presentation = null, symbols, events }) {
  const { areas, front, movements, units } = layers;
  const drawLog = { recording: false, entries: [] };
  for (const layer of Object.values(layers)) {
    layer.on('drawn', ({ milliseconds, frameTime }) => {
      if (drawLog.recording) drawLog.entries.push([frameTime, milliseconds]);
    });
  }
  window.battlemap = {
    map,
    clock,
    index,
    timelineWidget,
    presentation,
    debug: {
      get time() { return clock.time; },
      get date() { return index.partsOf(clock.time); },
      get frontDigest() { return front.digest(); },
      get frontPointCount() { return front.pointCount(); },
      /** The front lines last drawn: [{sides, certainty, lines}] in grid coordinates. */
      get fronts() { return front.lastFronts || []; },
      get areasDigest() { return areas.digest(); },
      get areaShapeCount() { return (areas.lastShapes || []).length; },
      get unitsDrawn() { return units.lastDrawnCount; },
      get movementsDrawn() { return movements.lastDrawnCount; },
      get selectedUnit() { return units.selected; },
      get layersShown() { return urlSync.currentState().layers; },
      get unitSymbolSize() { return units.symbolSize(); },
      /** The colours place names and dots are drawn in (the theme's). */
      get placeInk() { return layers.places.options.ink; },
      /** The smallest echelon drawn now (null: every one), as the filter or the ground's scale chooses. */
      get echelonShown() { return units.effectiveEchelon(); },
      /** The size of each marker group of the day's located events (1: a lone event). */
      get eventGroups() { return (events?.lastGroups || []).map((group) => group.length); },
      /** The symbol codes drawn so far at `size` px, e.g. to see which frames the units took. */
      symbolCodes(size) { return [...symbols._cache.keys()].filter((key) => key.split('|')[1] === String(size)).map((key) => key.split('|')[0]); },
      /** The page's SymbolCache, to draw a symbol as the map does. */
      symbols,
      get fieldBuildCount() { return morph.store.fieldBuildCount; },
      /** Where the distance fields are built: 'worker' or 'idle' (the page's idle time). */
      get fieldBuilder() { return preparer?.mode; },
      /** The preparer's work in hand: fields waiting to be posted and in flight, the day it is around. */
      get fieldQueue() { return preparer && { waiting: preparer._queue.length, inFlight: preparer._inFlight, day: preparer._day }; },
      /** Bytes held by the morph's distance fields, and how many there are. */
      get fieldBytes() { return morph.store.fieldBytes; },
      get fieldCount() { return morph.store.fieldCount; },
      /** Whether the last morph drawn had every field it needed (else it showed the nearer day). */
      get morphComplete() { return morph.areas.complete && morph.front.complete; },
      drawLog,
      /** Draws per canvas layer since the page started: {areas, front, movements, units, places}. */
      get drawCounts() { return Object.fromEntries(Object.entries(layers).map(([name, layer]) => [name, layer.drawCount])); },
      /** Draw every canvas layer now and return how long it took in ms (for benchmarks). */
      drawNow() {
        const startedAt = performance.now();
        for (const canvas of canvases) canvas.redrawNow();
        return performance.now() - startedAt;
      },
    },
  };
}

// Starting a map page: its options and timeline read, the page built, the test hook set, and what follows the first frame.
import { loadScript } from '../core/load-script.js';
import { StatsChart } from '../controls/stats-chart.js';
import { exposeForTests } from './debug-hook.js';
import { gettext, interpolate } from '../core/i18n.js';

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

function showFailure(message) {
  const status = document.querySelector('[data-role="status"]');
  if (status) {
    status.hidden = false;
    status.textContent = message;
  }
}

/** Call then(element) once `element` is within a screen's height of the view (at once where that cannot be watched). */
function whenNearView(element, then) {
  if (!element) return;
  if (!('IntersectionObserver' in window)) {
    then(element);
    return;
  }
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    observer.disconnect();
    then(element);
  }, { rootMargin: '100% 0px' });
  observer.observe(element);
}

/** Call then() now if the clock is still, else when it next pauses. */
function whenStill(clock, then) {
  if (!clock.playing) {
    then();
    return;
  }
  const onPause = () => {
    clock.off('pause', onPause);
    then();
  };
  clock.on('pause', onPause);
}

/** Once every canvas layer has drawn (they draw when added): mark the page ready, then the work that can wait. */
function afterFirstFrame({ map, clock, index, urlSync, preparer }, then) {
  requestAnimationFrame(() => {
    performance.mark('battlemap:first-frame');
    document.documentElement.dataset.battlemapReady = 'true';
    // The address names the state the map starts in (its day, view and layers).
    urlSync.write('replace');
    // The chart is not part of the map's frame: uPlot is loaded and the chart built once the map
    // is on screen and the chart comes near the view (on a phone it lies below the story).
    // Not while the map plays: uPlot's script is one long task, a dropped frame or several.
    whenNearView(document.querySelector('[data-role="chart"]'), (chartElement) => whenStill(clock, () => {
      loadScript(chartElement.dataset.uplotSrc).then(() => {
        const chart = new StatsChart(chartElement, { index, uPlot: window.uPlot }).addTo(map);
        chart.onPick = (time) => clock.jumpTo(time);
      });
    }));
    setTimeout(() => preparer.start(Math.floor(clock.time)), 0);
    then?.();
  });
}

/** Let the browser run what waits (input, rendering) between two long pieces of work. */
function yieldToMain() {
  if (globalThis.scheduler?.yield) return globalThis.scheduler.yield();
  return new Promise((resolve) => { setTimeout(resolve, 0); });
}

async function run(build) {
  performance.mark('battlemap:modules-ready');
  const options = readOptions();
  const timeline = await fetchTimeline(options.timeline_url);
  performance.mark('battlemap:data-loaded');
  // Reading the timeline and building the map are two tasks, not one long one (a phone's main
  // thread is then blocked for less at a time).
  await yieldToMain();
  const page = build(options, timeline);
  exposeForTests(page);
  afterFirstFrame(page, page.afterFirstFrame);
}

/**
 * Start a map page: build(options, timeline) builds it (createMap and what the page adds) and
 * returns createMap's parts, with its `presentation` if any and an `afterFirstFrame` callback
 * if it has work to start once the map is on screen. A failure is shown on the page.
 */
export function startPage(build) {
  run(build).catch((error) => {
    console.error(error);
    showFailure(interpolate(gettext('The map could not be loaded: %(error)s'), { error: error.message }));
  });
}

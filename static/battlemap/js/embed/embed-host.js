// The embed's side of the host-page API: obeys validated postMessage commands, reports date and height.
import { DateReporter } from './date-reporter.js';
import { parseCommand, originAllowed, report } from './embed-messages.js';
import { parseEmbedOptions, spanOf } from './embed-options.js';
import { connectStill } from './still-date.js';
import { wantedHeight } from './wanted-height.js';
import { spanGround } from '../core/ground.js';
import { gettext } from '../core/i18n.js';

/**
 * Connect an embedded map to the page framing it.
 * @param {object} options {clock, map, index, layers: Map name -> layer, unitLayer, allowedOrigins, slug}
 * Does nothing when the page is not framed.
 */
export function connectHost({ clock, map, index, layers, unitLayer, allowedOrigins = [], slug }) {
  if (window.parent === window) return null;
  const host = window.parent;
  // Reports go to any origin: they carry only what the page itself shows.
  const send = (message) => host.postMessage(message, '*');

  const obey = {
    'set-date': ({ date, time }) => {
      const at = index.timeOf(date, time || null);
      if (at === undefined) {
        console.warn(`battlemap embed: 'set-date': ${date} is outside ${index.dates[0]}..${index.dates.at(-1)}`);
        return;
      }
      clock.pause();
      clock.setTime(at, 'jump');
    },
    play: () => clock.play(),
    pause: () => clock.pause(),
    'set-speed': ({ speed }) => clock.setSpeed(speed),
    'fly-to': ({ lat, lng, zoom, animate = true }) => {
      const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      const target = zoom === undefined ? map.getZoom() : zoom;
      if (reduced || !animate) map.setView([lat, lng], target, { animate: false });
      else map.flyTo([lat, lng], target, { duration: 1.2 });
    },
    'set-layers': ({ show = [], hide = [] }) => {
      for (const name of [...show, ...hide]) {
        if (!layers.has(name)) console.warn(`battlemap embed: 'set-layers': no layer '${name}'; known: ${[...layers.keys()].join(', ')}`);
      }
      for (const name of show) if (layers.has(name)) layers.get(name).addTo(map);
      for (const name of hide) if (layers.has(name)) map.removeLayer(layers.get(name));
    },
    'select-unit': ({ unit }) => {
      // An id the operation lacks is refused here: drawn, it would fail on every frame.
      if (unit !== null && !index.formationById.has(unit)) {
        console.warn(`battlemap embed: 'select-unit': no formation '${unit}' in this operation; ignored`);
        return;
      }
      unitLayer.select(unit);
    },
  };

  window.addEventListener('message', (event) => {
    if (event.source !== host) return;
    const parsed = parseCommand(event.data);
    if (parsed.ignore) return;
    if (!originAllowed(event.origin, allowedOrigins)) {
      console.warn(`battlemap embed: ignored a message from ${event.origin}, not an allowed origin`);
      return;
    }
    if (parsed.problem) {
      console.warn(`battlemap embed: ignored a malformed message: ${parsed.problem}`);
      return;
    }
    // parseCommand checked the type; the own-property check keeps Object's names out all the same.
    if (Object.hasOwn(obey, parsed.command.type)) obey[parsed.command.type](parsed.command);
  });

  // date-changed when the minute shown changes, at most about four times a second while the
  // clock runs (a host redraws on each), and always once when it stops.
  const dates = new DateReporter({ send });
  const dateNow = () => {
    const { date, hhmm } = index.partsOf(clock.time);
    return [`${date} ${hhmm}`, report.dateChanged({ date, time: hhmm })];
  };
  const reportDate = () => dates.update(...dateNow());
  clock.on('timechange', reportDate);
  clock.on('pause', () => dates.stopped(...dateNow()));

  // The view, once each pan or zoom has ended (a host may keep another map in step with it).
  map.on('moveend', () => {
    const center = map.getCenter();
    send(report.viewChanged({ lat: center.lat, lng: center.lng, zoom: map.getZoom() }));
  });

  // The height wanted at the frame's current width, on load and whenever the width or the chrome
  // changes: a host's resize script (pages/embed-resize.js) or AMP's amp-iframe sizes the frame.
  const reportHeight = () => {
    const height = wantedHeight({ width: window.innerWidth, chrome: chromeHeight(map) });
    send(report.height(height));
    host.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
  };
  const resized = new ResizeObserver(reportHeight);
  resized.observe(document.body);
  resized.observe(map.getContainer());
  // The still a frame too small for the map shows (embed/still-date.js): the day the map is on.
  connectStill({ clock, index });

  const { date } = index.partsOf(clock.time);
  send(report.ready({ slug, date, dates: index.dates }));
  reportDate();
  return { reportHeight };
}

/** The page's height less the map's: the timeline, date and footer the frame holds besides. */
function chromeHeight(map) {
  const page = Math.max(document.documentElement.scrollHeight, window.innerHeight);
  return page - map.getContainer().getBoundingClientRect().height;
}

/**
 * Read the embed's own query options and put its controls, theme and story on <body> as classes,
 * before the map is built (the map reads its backdrop from the theme). Returns {options,
 * problems}: a bad value falls back to its default and is named in problems.
 */
export function readEmbedOptions(search = window.location.search) {
  const { options, problems } = parseEmbedOptions(search);
  for (const problem of problems) console.warn(`battlemap embed: ${problem}`);
  document.body.classList.add(`bm-embed--controls-${options.controls}`, `bm-theme--${options.theme}`);
  if (options.story) document.body.classList.add('bm-embed--story');
  // With no timeline the date line is what tells the time: let screen readers read it.
  if (options.controls === 'none') document.querySelector('.bm-timeline__now')?.removeAttribute('aria-hidden');
  return { options, problems };
}

/**
 * The from/to span, before the map state is restored: the clock keeps to its days and the frame
 * shows its ground (the areas drawn on those days).
 */
export function applyEmbedSpan({ clock, index, timeline, groundFit, options }) {
  const span = spanOf(options, (date) => index.timeOf(date), index.maxTime);
  clock.setSpan(span.minTime, span.maxTime);
  if (!options.from && !options.to) return;
  const { from, to } = options;
  groundFit.show({ bbox: spanGround({ areasByDate: timeline.areas, dates: index.dates, from, to, roles: index.areaRoles, bbox: index.operation.bbox }) });
}

/** The story band's fold button (story=1): the day's events hide, leaving the heading with its date. */
export function foldableStory(root = document) {
  const story = root.querySelector('[data-role="story"]');
  const button = story?.querySelector('[data-action="fold-story"]');
  if (!button) return;
  button.addEventListener('click', () => {
    const folded = story.classList.toggle('bm-story--folded');
    button.setAttribute('aria-expanded', String(!folded));
    button.textContent = folded ? gettext('Show') : gettext('Hide');
  });
}

/** Autoplay and loop, once the map has drawn. */
export function startEmbedPlayback({ clock, options }) {
  if (options.loop) {
    clock.on('pause', () => {
      if (clock.time >= clock.maxTime) setTimeout(() => { clock.setTime(clock.minTime, 'step'); clock.play(); }, 800);
    });
  }
  if (options.autoplay) clock.play();
}

// Entry point of the embed page: the map framed in another page, with its from/to span, controls and theme options and the host page's messages.
import { noticeAddressProblems } from './controls/notice-panel.js';
import { keepQueryInLanguageSwitch } from './controls/language-switch.js';
import { applyEmbedSpan, connectHost, foldableStory, readEmbedOptions, startEmbedPlayback } from './embed/embed-host.js';
import { createMap } from './map/create-map.js';
import { nameModeFrom } from './layers/place-names.js';
import { wireGreySafe } from './paper/grey-safe-control.js';
import { startPage } from './map/start-page.js';
import { startVideoFrameMode } from './video/video-frame-mode.js';

// The language switch's links follow the address as the map writes its state into it.
keepQueryInLanguageSwitch();

startPage((options, timeline) => {
  // Its controls, theme and story first: the map takes its backdrop from the theme.
  const { options: embedOptions, problems } = readEmbedOptions();
  foldableStory();
  const parts = createMap(options, timeline);
  const { map, clock, index, layers, urlSync } = parts;
  applyEmbedSpan({ clock, index, timeline, groundFit: parts.groundFit, options: embedOptions });
  // A from/to span narrows the timeline bar to its days.
  if (embedOptions.from || embedOptions.to) parts.timelineWidget.rebuild();
  urlSync.apply(urlSync.parse());
  urlSync.start();
  noticeAddressProblems({ clock, index, groundFit: parts.groundFit, urlSync, optionProblems: problems });
  // ?print=grey: the grey-safe look a photocopier keeps, as on the map page.
  wireGreySafe({ layers, index });
  // ?names=today: the places as named today, as the map page's switch leaves it in its address.
  layers.places.setNameMode(nameModeFrom(window.location.search));
  connectHost({ clock, map, index, layers: parts.overlays, unitLayer: layers.units, allowedOrigins: options.allowed_origins, slug: options.slug });
  startVideoFrameMode(parts);
  return { ...parts, afterFirstFrame: () => startEmbedPlayback({ clock, options: embedOptions }) };
});

// Entry point of the operation page: the map with the unit list, the key moments and presentation mode, the share dialog and snapshots.
import { startPresentation } from './classroom/start-presentation.js';
import { momentsWithTimes } from './classroom/key-moments.js';
import { wireSnapshotButtons } from './classroom/snapshot-buttons.js';
import { noticeAddressProblems } from './controls/notice-panel.js';
import { wirePlaceCard } from './controls/place-card.js';
import { placeNameSwitch } from './controls/place-name-switch.js';
import { keepQueryInLanguageSwitch } from './controls/language-switch.js';
import { shareDialog } from './controls/share-dialog.js';
import { UnitList } from './controls/unit-list.js';
// Its links ("Compare with…", the day's handout) carry the map's state; it wires them as it loads.
import './map/compare-link.js';
import { createMap } from './map/create-map.js';
import { startPage } from './map/start-page.js';
import { followNamedPlaces } from './layers/named-places.js';
import { wireGreySafe } from './paper/grey-safe-control.js';
import { wirePrintMap } from './paper/print-map.js';
import { wireWorksheetPicker } from './paper/worksheet-picker.js';

// The language switch's links follow the address as the map writes its state into it.
keepQueryInLanguageSwitch();

startPage((options, timeline) => {
  const parts = createMap(options, timeline);
  const { map, clock, index, layers, urlSync, menu } = parts;
  new UnitList(document.querySelector('[data-role="units"]'), { index, unitLayer: layers.units, announcer: document.querySelector('[data-role="announcer"]') }).addTo(map);
  const moments = momentsWithTimes(timeline.key_moments, (date, hhmm) => index.timeOf(date, hhmm));
  parts.timelineWidget.setMoments(moments);
  // F presents from anywhere, the timeline included.
  parts.timelineWidget.leaveKeysToPage(['f', 'F']);
  const presentation = startPresentation({ map, clock, index, groundFit: parts.groundFit, moments, overlays: parts.overlays, reducedMotion: parts.reducedMotion });
  urlSync.apply(urlSync.parse());
  urlSync.start();
  noticeAddressProblems({ clock, index, groundFit: parts.groundFit, urlSync });
  if (new URLSearchParams(window.location.search).get('mode') === 'present') presentation.enter();
  shareDialog({ title: index.operation.name, map });
  wireGreySafe({ layers, index });
  followNamedPlaces({ clock, index, placeLayer: layers.places });
  // Places named as in the operation's year or as today (?names=today), and each place's card with both.
  // In a small frame the switch folds into the map's menu with the other controls, off the map's names.
  menu.addControl(placeNameSwitch({ placeLayer: layers.places, startDate: index.operation.start_date }).addTo(map));
  wirePlaceCard({ map, placeLayer: layers.places, startDate: index.operation.start_date });
  wirePrintMap({ map });
  wireWorksheetPicker({ index });
  wireSnapshotButtons({ ...parts, presentation, slug: options.slug });
  return { ...parts, presentation };
});

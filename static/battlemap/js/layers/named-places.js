// The places the day's story names (its events' titles and texts, its key moments' captions): the place layer labels them first and at any zoom, so a caption's places are on the map it describes.

import { mentionOf, nameForms } from './place-names.js';

/** The names among `places` ([{name, period_name}]) that any of `texts` mentions as a word, in the
 * files' spelling or the page language's (place-names.js mentionOf: a Cyrillic name with its endings). */
export function namesIn(texts, places) {
  const joined = texts.filter(Boolean).join('\n');
  const named = new Set();
  for (const place of places) {
    if (!place.name || named.has(place.name)) continue;
    for (const form of nameForms(place)) {
      const { stem, pattern } = mentionOf(form);
      // Most places are not mentioned: a plain search first, the word test only where it finds
      // the stem (a regular expression a place took 120 ms for Kharkov's places at the first frame).
      if (!joined.includes(stem)) continue;
      if (new RegExp(pattern, 'u').test(joined)) {
        named.add(place.name);
        break;
      }
    }
  }
  return named;
}

/** The places named on day `dayIndex` of `index` (a TimelineIndex): its events and its key moments. */
export function namedPlacesOn(index, dayIndex) {
  const date = index.dates[dayIndex];
  const texts = index.eventsOnDay(dayIndex).flatMap((event) => [event.title, event.text]);
  for (const moment of index.timeline.key_moments || []) {
    if (moment.date === date) texts.push(moment.title, moment.caption);
  }
  return namesIn(texts, index.places);
}

/** Keep `placeLayer`'s named places those of the clock's day, computed once a day. */
export function followNamedPlaces({ clock, index, placeLayer }) {
  let day = null;
  const update = () => {
    const { dayIndex } = index.partsOf(clock.time);
    if (dayIndex === day) return;
    day = dayIndex;
    placeLayer.setNamedPlaces(namedPlacesOn(index, dayIndex));
  };
  clock.on('timechange', update);
  update();
  return { update };
}

// Which section of a scroll-driven article is being read: the first whose text still reaches below a reading line, set below whatever covers the top of the window (a sticky map on a phone).

/**
 * The reading line sits this share of the way down the uncovered part of the window: a section
 * whose last line has gone above it has been read, and the reader is on to the next.
 */
export const READING_SHARE = 0.15;

/**
 * The reading line, in px from the top of the window, for a window `viewportHeight` px high
 * whose top is covered down to `coveredTo` px (0 when nothing covers the text).
 */
export function readingLine({ viewportHeight, coveredTo = 0 }) {
  const top = Math.min(Math.max(0, coveredTo), viewportHeight);
  return top + (viewportHeight - top) * READING_SHARE;
}

/**
 * The index of the section being read: the first whose text ends below `line` (`textEnds`, each
 * section's last line of text, in px from the top of the window, in the sections' order); the
 * last section once every text has gone above the line; -1 when there are none.
 */
export function sectionBeingRead(textEnds, line) {
  const index = textEnds.findIndex((end) => end > line);
  return index >= 0 ? index : textEnds.length - 1;
}

/**
 * The view a scene asks of a map `frameWidth` px wide: its phone view in a frame narrower than
 * `narrow` px when it has one, else its own. A scene is {lat, lng, zoom, phone: {lat, lng, zoom} | null}.
 */
export function sceneView(scene, frameWidth, narrow = 600) {
  const view = frameWidth < narrow && scene.phone ? scene.phone : scene;
  return { lat: view.lat, lng: view.lng, zoom: view.zoom };
}

// The scale bar burnt into a video frame: a round distance and its length in pixels.

/** The largest of 1, 2, 3 or 5 times a power of ten that is at most `meters`. */
export function roundDistance(meters) {
  if (!(meters > 0)) throw new RangeError(`roundDistance: expected a distance > 0, got ${meters}`);
  const power = 10 ** Math.floor(Math.log10(meters));
  const leading = meters / power;
  const step = leading >= 5 ? 5 : leading >= 3 ? 3 : leading >= 2 ? 2 : 1;
  return step * power;
}

/** A distance for a reader: '20 km', '500 m'. */
export function distanceLabel(meters) {
  return meters >= 1000 ? `${meters / 1000} km` : `${meters} m`;
}

/**
 * The bar for a map at `metersPerPixel` (along its middle) no longer than `maxPixels`:
 * {meters, pixels, label}.
 */
export function scaleBar(metersPerPixel, maxPixels) {
  if (!(metersPerPixel > 0 && maxPixels > 0)) throw new RangeError(`scaleBar: expected positive values, got ${metersPerPixel}, ${maxPixels}`);
  const meters = roundDistance(metersPerPixel * maxPixels);
  return { meters, pixels: meters / metersPerPixel, label: distanceLabel(meters) };
}

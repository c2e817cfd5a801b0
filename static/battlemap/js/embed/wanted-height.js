// The height an embed asks its host page for at its current width: the map at a shape that suits the width, plus the chrome under it.

/** The map's height is this share of its width in a wide frame (16:9)... */
export const MAP_ASPECT = 9 / 16;
/** ...but at least this tall (or square, in a frame narrower than that), so a phone's map is not a strip. */
export const MIN_MAP_HEIGHT = 320;
/** And at most this tall, so a wide column does not get a map taller than a screen. */
export const MAX_MAP_HEIGHT = 720;
/** The smallest frame the embed is designed for is 250 px high. */
export const MIN_FRAME_HEIGHT = 250;
/** Narrower than this, the embed is its still (css/embed-still.css): the day's picture, 21/40 as high as wide, over its link. */
export const STILL_BELOW_WIDTH = 200;
const PICTURE_ASPECT = 21 / 40;
const STILL_LINK_HEIGHT = 24;

/**
 * The frame height wanted at `width` px wide, with `chrome` px of timeline, date and footer
 * around the map (measured on the page, as it changes with the width): a whole number of px;
 * in a frame too narrow for the map, the height of its still.
 */
export function wantedHeight({ width, chrome = 0 }) {
  if (!(width > 0)) throw new RangeError(`wantedHeight: width must be > 0, got ${width}`);
  if (width < STILL_BELOW_WIDTH) return Math.ceil(width * PICTURE_ASPECT) + STILL_LINK_HEIGHT;
  const map = Math.min(MAX_MAP_HEIGHT, Math.max(width * MAP_ASPECT, Math.min(width, MIN_MAP_HEIGHT)));
  return Math.max(MIN_FRAME_HEIGHT, Math.ceil(map + Math.max(0, chrome)));
}

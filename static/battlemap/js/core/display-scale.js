// How big and how strong the map draws: 1 on a screen, larger and bolder for a projector (presentation mode).

/** The scale of lines, symbols and labels in presentation mode, read from the back of a room. */
export const PROJECTOR_SCALE = 1.5;
/** Fills are this much stronger in presentation mode, so that no pale fill vanishes when projected. */
export const PROJECTOR_FILL_BOOST = 1.5;
const MAX_FILL = 0.8;

/** The drawing scale for a map: PROJECTOR_SCALE while its `projector` option is on, else 1. */
export function displayScale(map) {
  return map?.options?.projector ? PROJECTOR_SCALE : 1;
}

/** A fill opacity made stronger for a projector, never opaque enough to hide what lies under it. */
export function fillOpacity(alpha, map) {
  return map?.options?.projector ? Math.min(MAX_FILL, alpha * PROJECTOR_FILL_BOOST) : alpha;
}

/** A CSS font with its pixel size multiplied by `scale` ("600 12px system-ui" -> "600 18px system-ui"). */
export function scaledFont(font, scale) {
  if (scale === 1) return font;
  return font.replace(/(\d+(?:\.\d+)?)px/, (_, size) => `${Math.round(Number(size) * scale)}px`);
}

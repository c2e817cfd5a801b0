// Grey-safe styling, as the printed handouts draw (battlemap/render/map_style.py): each side's ground at a lightness of its own, the first side hatched, the pocket cross-hatched, each side's arrows with a dash of their own; what `?print=grey` asks for.

/** The address's option and its one value. */
export const PRINT_OPTION = 'print';
export const GREY = 'grey';

// The same numbers as map_style.py: the luma (0-255) of each side's ground, in the sides' order.
const PAPER = '#f4f4f0';
const GROUND_LUMA = [226, 166, 196, 136];
const POCKET_LUMA = 214;
const HATCH_LUMA = 150;
const HATCHED = [true, false, true, false];
// Each side's arrows: solid, dashed, dotted, dash-dot (in line widths).
const ARROW_DASH = [[], [3.5, 1.6], [1, 1.2], [4, 1.5, 1, 1.5]];

function rgb(colour) {
  const hex = String(colour).replace('#', '');
  if (!/^[0-9a-f]{6}$/i.test(hex)) throw new Error(`colour ${JSON.stringify(colour)} is not #rrggbb`);
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
}

/** The Rec. 601 luma (0-255) of '#rrggbb': the grey a photocopier prints it as. */
export function luma(colour) {
  const [r, g, b] = rgb(colour);
  return 0.299 * r + 0.587 * g + 0.114 * b;
}

function mix(colour, other, share) {
  const [a, b] = [rgb(colour), rgb(other)];
  return `#${a.map((v, i) => Math.round(share * v + (1 - share) * b[i]).toString(16).padStart(2, '0')).join('')}`;
}

/** `colour` mixed with the paper (or with black, when it is lighter than `target`) to the luma `target`. */
export function tintToLuma(colour, target, paper = PAPER) {
  const [own, ground] = [luma(colour), luma(paper)];
  if (Math.abs(own - target) < 0.5) return mix(colour, colour, 1);
  if (own < target) return mix(colour, paper, (ground - target) / (ground - own));
  return mix(colour, '#000000', target / own);
}

/**
 * {slug: {ground, pocket, hatch (the hatching's colour, or null), ink, dash}} of `sides`
 * ([{slug, colour}], in order): the grey-safe look of each side.
 */
export function greySafeStyles(sides) {
  const styles = new Map();
  sides.forEach((side, index) => {
    const turn = index % GROUND_LUMA.length;
    const hatch = tintToLuma(side.colour, HATCH_LUMA);
    styles.set(side.slug, {
      ground: tintToLuma(side.colour, GROUND_LUMA[turn]),
      pocket: tintToLuma(side.colour, POCKET_LUMA),
      hatch: HATCHED[turn] ? hatch : null,
      pocketHatch: hatch,
      ink: tintToLuma(side.colour, Math.min(luma(side.colour), 110)),
      dash: ARROW_DASH[turn % ARROW_DASH.length],
    });
  });
  return styles;
}

/** Whether `search` asks for the grey-safe look; throws naming the value when it is not one. */
export function readPrintOption(raw) {
  if (raw === null || raw === undefined) return false;
  if (raw === GREY) return true;
  throw new Error(`expected ${GREY}`);
}

/** `colour` darkened, where need be, to a luma of 90 at most: 4.5:1 or more on a white halo. */
export function legibleInk(colour) {
  try {
    return luma(colour) > 90 ? tintToLuma(colour, 90) : colour;
  } catch {
    return '#333333';
  }
}

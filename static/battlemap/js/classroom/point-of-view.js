// Whose point of view the unit symbols take: neutral by default (both sides framed alike), or one side's, with APP-6 friend and hostile frames.

/** The standard identity in a 15-character SIDC (its 2nd letter) and in a 20/30-digit one (digits 3-4). */
const IDENTITY_CODES = { friend: ['F', '03'], hostile: ['H', '06'], neutral: ['N', '04'] };

/** The identity a side's units take: neutral with no point of view; else friend for `pov`, hostile for the rest. */
export function identityFor(sideSlug, pov) {
  if (!pov) return 'neutral';
  return sideSlug === pov ? 'friend' : 'hostile';
}

/** `sidc` with its standard identity replaced; a code of another shape is returned unchanged. */
export function withIdentity(sidc, identity) {
  const [letter, digits] = IDENTITY_CODES[identity];
  if (/^[A-Za-z*-]{15}$/.test(sidc)) return sidc[0] + letter + sidc.slice(2);
  if (/^\d{20}$|^\d{30}$/.test(sidc)) return sidc.slice(0, 2) + digits + sidc.slice(4);
  return sidc;
}

/** Text as the reader may type it: lower case, without accents or punctuation, single-spaced. */
const plain = (text) => String(text).normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
  .replace(/[^a-z0-9]+/g, ' ').trim();
/** Two words of at least five letters agree on their first five ('german' and 'Germany', 'soviets' and 'Soviet'); shorter ones must be equal. */
const STEM = 5;
const sameStem = (a, b) => (a.length >= STEM && b.length >= STEM ? a.slice(0, STEM) === b.slice(0, STEM) : a === b);

/**
 * Whether `raw` names `side` ({slug, name}) in the words the interface uses: its slug, its name
 * in full or before any parenthesis ('Germany and allies'), or the name's first word or a word
 * of the same stem ('german' for Germany, 'soviet' for the Soviet Union).
 */
function names(raw, side) {
  const text = plain(raw);
  const short = plain(side.name.split(' (')[0]);
  if ([plain(side.slug), plain(side.name), short].includes(text)) return true;
  return !text.includes(' ') && sameStem(text, short.split(' ')[0]);
}

/**
 * The point of view a URL value asks for: a side's slug, or null (neutral) for '' or 'neutral';
 * `sides` are {slug, name} (or bare slugs), and a side is found by the words the interface
 * uses for it (see names). Throws naming the fault, with the words accepted.
 */
export function parsePointOfView(raw, sides) {
  if (raw === '' || plain(raw) === 'neutral') return null;
  const known = sides.map((side) => (typeof side === 'string' ? { slug: side, name: side } : side));
  const found = known.filter((side) => names(raw, side));
  if (found.length === 1) return found[0].slug;
  const choices = known.map((side) => (side.name === side.slug ? side.slug : `${side.slug} (${side.name.split(' (')[0]})`));
  throw new Error(`expected neutral or one of ${choices.join(', ')}`);
}

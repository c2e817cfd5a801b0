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

/** The point of view a URL value asks for: a side's slug, or null (neutral) for '' or 'neutral'; throws naming the fault. */
export function parsePointOfView(raw, sideSlugs) {
  if (raw === '' || raw === 'neutral') return null;
  if (!sideSlugs.includes(raw)) throw new Error(`expected neutral or one of ${sideSlugs.join(', ')}`);
  return raw;
}

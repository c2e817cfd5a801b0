// How we know a record (issue #26): its basis (stated, derived, inferred) and citations in words, and
import { gettext } from '../core/i18n.js';
// how the basis extends the certainty styling. Pure functions: no DOM, no Leaflet.

/** The words a reader sees for each basis. */
export const BASIS_LABELS = {
  get stated() { return gettext('Stated in a source'); },
  get derived() { return gettext('Derived by this project'); },
  get inferred() { return gettext("The authors' judgement"); },
};

/**
 * How a basis changes a record's drawing, on top of its certainty's: a factor on its opacity and
 * the dash of its outline (null: solid). Stated records keep the certainty styling as it is.
 */
export const BASIS_STYLE = {
  stated: { fade: 1, dash: null },
  derived: { fade: 0.8, dash: '4 3' },
  inferred: { fade: 0.9, dash: '1 3' },
};

/** The record's basis, `stated` when it gives none (data from before issue #26). */
export function basisOf(record) {
  return BASIS_STYLE[record?.basis] ? record.basis : 'stated';
}

/** The opacity factor of a record's basis. */
export function basisFade(record) {
  return BASIS_STYLE[basisOf(record)].fade;
}

/** The outline dash of a record's basis, or `fallback` (the certainty's) for a stated record. */
export function basisDash(record, fallback = null) {
  return BASIS_STYLE[basisOf(record)].dash || fallback;
}

/** One citation in words: "Author (year), Title: locator", or the key when the source is unknown. */
export function citationText(citation, sources = {}) {
  const source = sources[citation.source];
  const work = source ? [source.author, source.year ? `(${source.year})` : '', source.title ? `, ${source.title}` : '']
    .filter(Boolean).join(' ').replace(' ,', ',') : citation.source;
  return citation.locator ? `${work}: ${citation.locator}` : work;
}

/**
 * How we know a record, as lines of plain text: the basis, then what it was derived from (a
 * derived record), the authors' reason (an inferred record's note, unless `reason` is false where
 * the note is shown already) or each citation with its locator (a stated one), then any work it
 * names without a locator.
 */
export function howWeKnow(record, sources = {}, { reason = true } = {}) {
  const basis = basisOf(record);
  const lines = [BASIS_LABELS[basis]];
  if (basis === 'derived' && record.derived_from) lines.push(capitalised(record.derived_from));
  if (basis === 'inferred' && record.note && reason) lines.push(record.note);
  const citations = record.citations || [];
  for (const citation of citations) lines.push(citationText(citation, sources));
  const cited = new Set(citations.map((citation) => citation.source));
  for (const key of record.sources || []) if (!cited.has(key)) lines.push(citationText({ source: key }, sources));
  return lines;
}

/** A sentence's first letter in capitals ("carried forward ..." -> "Carried forward ..."). */
function capitalised(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** How we know a record in one line, for a tooltip. */
export function howWeKnowLine(record, sources = {}, options = {}) {
  return howWeKnow(record, sources, options).join(' · ');
}

/** Whether a ring of [lon, lat] points contains the point (even-odd rule). */
function ringContains(ring, lon, lat) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if ((yi > lat) !== (yj > lat) && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Whether a GeoJSON Polygon or MultiPolygon contains the point (holes excluded). */
export function polygonContains(geometry, lon, lat) {
  const polygons = geometry?.type === 'Polygon' ? [geometry.coordinates]
    : geometry?.type === 'MultiPolygon' ? geometry.coordinates : [];
  return polygons.some(([outer, ...holes]) => ringContains(outer, lon, lat)
    && !holes.some((hole) => ringContains(hole, lon, lat)));
}

/** The area of `areas` (a day's, from the timeline) under the point, the topmost role first. */
export function areaAt(areas, lon, lat, rolesPainted = ['held', 'salient', 'contested', 'pocket']) {
  const under = (areas || []).filter((area) => polygonContains(area.geometry, lon, lat));
  under.sort((a, b) => rolesPainted.indexOf(b.role) - rolesPainted.indexOf(a.role));
  return under[0] || null;
}

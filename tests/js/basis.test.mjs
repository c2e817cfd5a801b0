// Tests for how a record says how we know it (issue #26): basis, citations and the styling it adds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  areaAt, basisDash, basisFade, basisOf, citationText, howWeKnow, howWeKnowLine, polygonContains,
} from '../../static/battlemap/js/core/basis.js';

const SOURCES = {
  bock1996: { author: 'Fedor von Bock', title: 'The War Diary', year: '1996' },
  wiki: { author: 'Wikipedia contributors', title: 'Second Battle of Kharkov', year: '2026' },
};

test('a stated record lists each citation with its locator, then the works named without one', () => {
  const record = { basis: 'stated', citations: [{ source: 'bock1996', locator: 'diary, 23 May 1942' }], sources: ['bock1996', 'wiki'] };
  assert.deepEqual(howWeKnow(record, SOURCES), [
    'Stated in a source',
    'Fedor von Bock (1996), The War Diary: diary, 23 May 1942',
    'Wikipedia contributors (2026), Second Battle of Kharkov',
  ]);
});

test('a derived record says from what, an inferred one why', () => {
  assert.deepEqual(howWeKnow({ basis: 'derived', derived_from: 'interpolated between 13 and 17 May' }), [
    'Derived by this project', 'Interpolated between 13 and 17 May']);
  assert.equal(howWeKnowLine({ basis: 'inferred', note: 'Placed from the narrative.' }),
    "The authors' judgement · Placed from the narrative.");
  // Where the note is shown already, the reason is not told twice.
  assert.deepEqual(howWeKnow({ basis: 'inferred', note: 'Placed from the narrative.' }, {}, { reason: false }), [
    "The authors' judgement"]);
});

test('a record without a basis (older data) counts as stated, and an unknown source shows its key', () => {
  assert.equal(basisOf({}), 'stated');
  assert.equal(basisOf({ basis: 'nonsense' }), 'stated');
  assert.equal(citationText({ source: 'nobody', locator: 'p. 3' }, SOURCES), 'nobody: p. 3');
});

test('derived and inferred records extend the certainty styling: fainter and dashed, stated ones unchanged', () => {
  assert.equal(basisFade({ basis: 'stated' }), 1);
  assert.ok(basisFade({ basis: 'derived' }) < 1 && basisFade({ basis: 'inferred' }) < 1);
  assert.equal(basisDash({ basis: 'stated' }, '3 3'), '3 3');
  assert.equal(basisDash({ basis: 'stated' }), null);
  assert.notEqual(basisDash({ basis: 'derived' }), basisDash({ basis: 'inferred' }));
  assert.ok(basisDash({ basis: 'derived' }));
});

test('the area under a point is found, holes and the painting order respected', () => {
  const square = (w, s, e, n) => [[w, s], [e, s], [e, n], [w, n], [w, s]];
  const held = { role: 'held', geometry: { type: 'Polygon', coordinates: [square(0, 0, 10, 10), square(4, 4, 6, 6)] } };
  const pocket = { role: 'pocket', geometry: { type: 'MultiPolygon', coordinates: [[square(1, 1, 3, 3)]] } };
  assert.equal(polygonContains(held.geometry, 5, 5), false);
  assert.equal(polygonContains(held.geometry, 8, 8), true);
  assert.equal(areaAt([held, pocket], 2, 2), pocket);
  assert.equal(areaAt([held, pocket], 8, 8), held);
  assert.equal(areaAt([held, pocket], 5, 5), null);
});

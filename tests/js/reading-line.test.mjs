// The article's reading line: below a sticky map on a phone, so the map shows the section being read, not one hidden under it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readingLine, sceneView, sectionBeingRead } from '../../static/battlemap/pages/reading-line.js';

test('the reading line sits in the upper part of what the map leaves uncovered', () => {
  // A phone, 844 px high, a sticky map down to 385 px: the line is about 69 px below the map.
  assert.equal(readingLine({ viewportHeight: 844, coveredTo: 385 }), 385 + 459 * 0.15);
  // A desktop, the map beside the text: 15 % of the way down the window.
  assert.equal(readingLine({ viewportHeight: 800 }), 120);
  // A map taller than the window (or measured above it) is held to the window.
  assert.equal(readingLine({ viewportHeight: 800, coveredTo: 1200 }), 800);
  assert.equal(readingLine({ viewportHeight: 800, coveredTo: -50 }), 120);
});

test('the section being read is the first whose text still reaches below the line', () => {
  const line = 500;
  // The 24 May text has gone under the map; the 26 May text is below the line: 26 May.
  assert.equal(sectionBeingRead([-900, -300, 380, 1400], line), 3);
  // The 24 May text still reaches below the line: 24 May, though the next heading is in view.
  assert.equal(sectionBeingRead([-900, -300, 620, 1400], line), 2);
  assert.equal(sectionBeingRead([-900, -300, -100, 40], line), 3, 'past the end: the last');
  assert.equal(sectionBeingRead([600, 1200], line), 0);
  assert.equal(sectionBeingRead([], line), -1);
});

test('a narrow frame takes the scene\'s phone view when it has one', () => {
  const scene = { lat: 49.3, lng: 36.8, zoom: 9, phone: { lat: 49.2, lng: 36.7, zoom: 8.5 } };
  assert.deepEqual(sceneView(scene, 390), { lat: 49.2, lng: 36.7, zoom: 8.5 });
  assert.deepEqual(sceneView(scene, 860), { lat: 49.3, lng: 36.8, zoom: 9 });
  assert.deepEqual(sceneView({ ...scene, phone: null }, 390), { lat: 49.3, lng: 36.8, zoom: 9 });
});

// Tests for rasterising polygons and the signed distance transform.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rasterisePolygons, signedDistanceField } from '../../static/battlemap/js/signed-distance.js';

const square = (x0, y0, x1, y1) => [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]];

test('a square fills exactly the cells whose centres it contains', () => {
  const mask = rasterisePolygons([[square(2, 2, 5, 4)]], 8, 6);
  const filled = [];
  mask.forEach((v, i) => v && filled.push([i % 8, Math.floor(i / 8)]));
  assert.deepEqual(filled, [[2, 2], [3, 2], [4, 2], [2, 3], [3, 3], [4, 3]]);
});

test('a hole is left empty and overlapping polygons stay filled', () => {
  const mask = rasterisePolygons([[square(0, 0, 9, 9), square(3, 3, 6, 6)], [[...square(4, 4, 5, 5)]]], 9, 9);
  assert.equal(mask[1 * 9 + 1], 1);
  assert.equal(mask[3 * 9 + 3], 0, 'hole');
  assert.equal(mask[4 * 9 + 4], 1, 'island polygon in the hole');
  const overlapping = rasterisePolygons([[square(0, 0, 4, 4)], [[...square(2, 2, 6, 6)]]], 8, 8);
  assert.equal(overlapping[3 * 8 + 3], 1, 'overlap is union, not even-odd');
});

test('signed distance is negative inside, positive outside and matches Euclidean distance', () => {
  const width = 21;
  const height = 21;
  const mask = new Uint8Array(width * height);
  mask[10 * width + 10] = 1;
  const field = signedDistanceField(mask, width, height);
  assert.equal(field[10 * width + 10], -0.5);
  assert.equal(field[10 * width + 13], 2.5);
  assert.ok(Math.abs(field[13 * width + 14] - (5 - 0.5)) < 1e-6, '3-4-5 triangle');
  assert.ok(Math.abs(field[0] - (Math.hypot(10, 10) - 0.5)) < 1e-5);
});

test('an empty mask is far outside everywhere', () => {
  const field = signedDistanceField(new Uint8Array(16), 4, 4);
  assert.ok(field.every((v) => v >= 8));
});

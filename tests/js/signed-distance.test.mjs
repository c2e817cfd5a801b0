// Tests for rasterising polygons and the signed distance transform.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { distanceToRingsNearby, rasterisePolygons, signedDistanceField } from '../../static/battlemap/js/morph/signed-distance.js';

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

test('with the rings given, the zero level follows the true outline, not the cell staircase', () => {
  // A slanted edge: x = 2.3 + 0.25 y. Cell centres on row 4 (y = 4.5) are 3.425 from x = 0.
  const ring = [[2.3, 0], [10, 0], [10, 10], [4.8, 10], [2.3, 0]];
  const mask = rasterisePolygons([[ring]], 10, 10);
  const field = signedDistanceField(mask, 10, 10, [ring]);
  const row = 4;
  const edgeX = 2.3 + 0.25 * (row + 0.5);
  // Linear interpolation of the field along the row crosses zero within 0.05 cells of the edge.
  for (let col = 0; col < 9; col++) {
    const [a, b] = [field[row * 10 + col], field[row * 10 + col + 1]];
    if (a > 0 && b <= 0) {
      const crossing = col + 0.5 + a / (a - b);
      assert.ok(Math.abs(crossing - edgeX) < 0.05, `crossing ${crossing} vs edge ${edgeX}`);
      return;
    }
  }
  assert.fail('no crossing found');
});

test('distances near rings are exact and far cells are left unset', () => {
  const distance = distanceToRingsNearby([[[0, 5], [10, 5]]], 10, 10, 2);
  assert.equal(distance[5 * 10 + 3], 0.5);
  assert.equal(distance[3 * 10 + 3], 1.5);
  assert.equal(distance[0], Infinity);
});

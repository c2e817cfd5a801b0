// Tests that the typed-array marching squares gives the same rings as d3-contour, and is faster.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contourPolygons } from '../../static/battlemap/js/morph/marching-squares.js';
import { loadD3 } from './helpers/vendor.mjs';

const d3 = loadD3();

/** Rings rotated to start at their smallest point, holes and polygons sorted: order-free form. */
function normalised(polygons) {
  const ring = (points) => {
    const open = points.slice(0, -1).map(([x, y]) => [Math.round(x * 1e9) / 1e9, Math.round(y * 1e9) / 1e9]);
    let best = 0;
    open.forEach((p, i) => { if (p[0] < open[best][0] || (p[0] === open[best][0] && p[1] < open[best][1])) best = i; });
    return open.slice(best).concat(open.slice(0, best));
  };
  const key = (r) => JSON.stringify(r[0]);
  return polygons
    .map(([outer, ...holes]) => [ring(outer), ...holes.map(ring).sort((a, b) => key(a).localeCompare(key(b)))])
    .sort((a, b) => key(a[0]).localeCompare(key(b[0])));
}

function randomField(width, height, seed) {
  let state = seed;
  const random = () => ((state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const blobs = Array.from({ length: 6 }, () => [random() * width, random() * height, 3 + random() * width / 4]);
  const values = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      values[y * width + x] = Math.max(...blobs.map(([bx, by, r]) => r - Math.hypot(x - bx, y - by))) + Math.sin(x / 3) * 1.5;
    }
  }
  return values;
}

for (const [width, height, seed] of [[40, 30, 1], [64, 64, 7], [17, 53, 99], [120, 80, 1234]]) {
  test(`the same rings as d3-contour on a ${width}×${height} field (seed ${seed})`, () => {
    const values = randomField(width, height, seed);
    for (const threshold of [0, 2.5, -4]) {
      const expected = d3.contours().size([width, height]).contour(values, threshold).coordinates;
      assert.deepEqual(normalised(contourPolygons(values, width, height, threshold)), normalised(JSON.parse(JSON.stringify(expected))));
    }
  });
}

test('a field with holes gives polygons with holes, as d3 does', () => {
  const width = 30;
  const height = 30;
  const values = new Float32Array(width * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) {
    const r = Math.hypot(x - 15, y - 15);
    values[y * width + x] = r < 12 && r > 5 ? 1 : -1;
  }
  const polygons = contourPolygons(values, width, height, 0);
  assert.equal(polygons.length, 1);
  assert.equal(polygons[0].length, 2, 'outer ring and one hole');
  assert.deepEqual(normalised(polygons), normalised(JSON.parse(JSON.stringify(d3.contours().size([width, height]).contour(values, 0).coordinates))));
});

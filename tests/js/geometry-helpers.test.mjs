// Tests for the small pure helpers: growing polylines, label culling, digests, projection.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headingAtEnd, leadingPart, polylineLength } from '../../static/battlemap/js/morph/line-geometry.js';
import { placeLabels } from '../../static/battlemap/js/core/label-placement.js';
import { digestOf } from '../../static/battlemap/js/core/digest.js';
import { createGrid, gridToLonLat, lonLatToGrid, projectLonLat } from '../../static/battlemap/js/core/projection.js';

test('leadingPart cuts a polyline by length', () => {
  const line = [[0, 0], [10, 0], [10, 10]];
  assert.equal(polylineLength(line), 20);
  assert.deepEqual(leadingPart(line, 0.25), [[0, 0], [5, 0]]);
  assert.deepEqual(leadingPart(line, 0.75), [[0, 0], [10, 0], [10, 5]]);
  assert.equal(headingAtEnd(leadingPart(line, 0.75)), Math.PI / 2);
});

test('placeLabels keeps the first of overlapping labels and avoids obstacles', () => {
  const boxes = [{ x: 0, y: 0, width: 10, height: 5 }, { x: 5, y: 2, width: 10, height: 5 }, { x: 20, y: 0, width: 5, height: 5 }, { x: 40, y: 0, width: 5, height: 5 }];
  assert.deepEqual(placeLabels(boxes, [{ x: 41, y: 1, width: 2, height: 2 }]), [0, 2]);
});

test('placeLabels moves a label to its first free alternative position', () => {
  const boxes = [
    { x: 0, y: 0, width: 10, height: 5 },
    { x: 5, y: 0, width: 10, height: 5, alternatives: [{ x: 5, y: 2 }, { x: 5, y: 10 }] },
  ];
  assert.deepEqual(placeLabels(boxes), [0, 1]);
  assert.deepEqual([boxes[1].x, boxes[1].y], [5, 10]);
});

test("placeLabels puts a city's name over symbols only where no position is clear of them, never over a label", () => {
  const symbols = [{ x: 0, y: 0, width: 30, height: 30 }];
  const city = () => ({ x: 5, y: 5, width: 10, height: 5, alternatives: [{ x: 5, y: 12 }], overObstacles: true });
  const boxes = [city(), { ...city(), overObstacles: false }];
  assert.deepEqual(placeLabels(boxes, symbols), [0], 'the city kept, over the symbols; a town not');
  assert.deepEqual([boxes[0].x, boxes[0].y], [5, 5]);
  // A position clear of the symbols is preferred to one over them.
  const clear = [{ ...city(), alternatives: [{ x: 40, y: 5 }] }];
  assert.deepEqual(placeLabels(clear, symbols), [0]);
  assert.equal(clear[0].x, 40);
  // Another label already there still wins.
  const taken = [{ x: 4, y: 4, width: 12, height: 14, overObstacles: true }, city()];
  assert.deepEqual(placeLabels(taken, symbols), [0]);
});

test('digests differ for different geometry and match for equal geometry', () => {
  assert.equal(digestOf([[1.001, 2]]), digestOf([[1.002, 2]]));
  assert.notEqual(digestOf([[1, 2]]), digestOf([[1.1, 2]]));
});

test('projection matches Leaflet EPSG:3857 and the grid round-trips', () => {
  const [x, y] = projectLonLat(36.6, 49.3);
  // Reference values from L.CRS.EPSG3857.project(L.latLng(49.3, 36.6)).
  assert.ok(Math.abs(x - 4074293.36) < 0.1, `x ${x}`);
  assert.ok(Math.abs(y - 6325919.27) < 0.1, `y ${y}`);
  const grid = createGrid([35, 48.5, 38, 50.5], { longSideCells: 256 });
  assert.equal(Math.max(grid.width, grid.height), 256);
  const [gx, gy] = lonLatToGrid(grid, 36.6, 49.3);
  const [lon, lat] = gridToLonLat(grid, gx, gy);
  assert.ok(Math.abs(lon - 36.6) < 1e-9 && Math.abs(lat - 49.3) < 1e-9);
});

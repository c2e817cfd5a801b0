// Tests for the ground a frame shows: a span's areas, padded and kept within the bbox, and a view turned into ground.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { boundsOf, padBounds, spanGround, viewGround } from '../../static/battlemap/js/core/ground.js';

const square = (w, s, e, n) => ({ type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] });
const ROLES = ['held', 'salient', 'contested', 'pocket'];
const BBOX = [34, 48, 39, 51];
const AREAS = {
  '1942-05-21': [{ role: 'held', geometry: square(34, 48, 39, 51) }, { role: 'salient', geometry: square(35, 48.5, 37, 49.5) }],
  '1942-05-22': [{ role: 'held', geometry: square(34, 48, 39, 51) }, { role: 'pocket', geometry: square(36, 49, 36.8, 49.5) }],
  '1942-05-23': [{ role: 'held', geometry: square(34, 48, 39, 51) }],
};
const DATES = Object.keys(AREAS);

test('boundsOf takes in every coordinate and is null for nothing', () => {
  assert.deepEqual(boundsOf([square(1, 2, 3, 4), { type: 'Point', coordinates: [5, 0] }]), [1, 0, 5, 4]);
  assert.equal(boundsOf([]), null);
});

test("a span's ground is its days' areas over the held ground, padded", () => {
  const ground = spanGround({ areasByDate: AREAS, dates: DATES, from: '1942-05-22', to: '1942-05-22', roles: ROLES, bbox: BBOX });
  assert.ok(ground[0] < 36 && ground[2] > 36.8 && ground[1] < 49 && ground[3] > 49.5, `${ground}`);
  assert.ok(ground[2] - ground[0] < 1.2, 'not the whole held ground');
  const both = spanGround({ areasByDate: AREAS, dates: DATES, from: '1942-05-21', to: '1942-05-22', roles: ROLES, bbox: BBOX });
  assert.ok(both[0] < 35 && both[2] > 37, 'the union of both days');
});

test('a span with only held ground shows it, and one with no areas the bbox', () => {
  assert.deepEqual(spanGround({ areasByDate: AREAS, dates: DATES, from: '1942-05-23', roles: ROLES, bbox: BBOX }), BBOX);
  assert.deepEqual(spanGround({ areasByDate: {}, dates: DATES, roles: ROLES, bbox: BBOX }), BBOX);
});

test('padding grows a tiny pocket to the least span and stays within the limit', () => {
  const [w, s, e, n] = padBounds([36.7, 49.25, 36.72, 49.27], { limit: BBOX });
  assert.ok(e - w >= 0.35 - 1e-9 && n - s >= 0.35 - 1e-9);
  assert.deepEqual(padBounds([34, 48, 39, 51], { limit: BBOX }), BBOX);
});

test('a view is the ground it shows in the reference frame, centred on its center', () => {
  const [w, s, e, n] = viewGround({ center: [49.4, 36.8], zoom: 10 }, [1024, 512]);
  // 1024 px at zoom 10 is 1024 / 262144 of the world: 1.40625 degrees of longitude.
  assert.ok(Math.abs((e - w) - 1.40625) < 1e-9);
  assert.ok(Math.abs((w + e) / 2 - 36.8) < 1e-9);
  assert.ok(s < 49.4 && n > 49.4 && Math.abs((n - 49.4) - (49.4 - s)) < 0.01);
});

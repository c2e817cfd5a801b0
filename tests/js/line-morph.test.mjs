// Tests for morphing authored front lines between days point by point.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { morphLine, morphLines, pointAlong } from '../../static/battlemap/js/morph/line-morph.js';

const west = [[0, 0], [1, 5], [0, 10]];
const east = [[4, 0], [6, 4], [5, 7], [4, 10]];
const onLine = (line, p) => line.slice(1).some((q, i) => {
  const a = line[i];
  const cross = (q[0] - a[0]) * (p[1] - a[1]) - (q[1] - a[1]) * (p[0] - a[0]);
  const within = Math.min(a[0], q[0]) - 1e-9 <= p[0] && p[0] <= Math.max(a[0], q[0]) + 1e-9
    && Math.min(a[1], q[1]) - 1e-9 <= p[1] && p[1] <= Math.max(a[1], q[1]) + 1e-9;
  return Math.abs(cross) < 1e-9 && within;
});
const hasVertex = (line, v) => line.some((p) => Math.hypot(p[0] - v[0], p[1] - v[1]) < 1e-9);

test('a point along a line is found by length', () => {
  assert.deepEqual(pointAlong([[0, 0], [10, 0]], 0.25), [2.5, 0]);
  assert.deepEqual(pointAlong([[0, 0], [2, 0], [2, 2]], 0.75), [2, 1]);
});

test('at the whole days the morph is the authored line, every vertex included', () => {
  const start = morphLine(west, east, 0);
  const end = morphLine(west, east, 1);
  assert.ok(start.every((p) => onLine(west, p)) && west.every((v) => hasVertex(start, v)));
  assert.ok(end.every((p) => onLine(east, p)) && east.every((v) => hasVertex(end, v)));
});

test('the line moves continuously: small steps in time, small steps on the map', () => {
  let previous = morphLine(west, east, 0);
  for (let step = 1; step <= 100; step++) {
    const current = morphLine(west, east, step / 100);
    assert.equal(current.length, previous.length);
    const largest = Math.max(...current.map((p, i) => Math.hypot(p[0] - previous[i][0], p[1] - previous[i][1])));
    assert.ok(largest < 0.1, `step ${step}: a point jumped ${largest}`);
    previous = current;
  }
  const halfway = morphLine(west, east, 0.5);
  assert.deepEqual(halfway[0], [2, 0]);
  assert.deepEqual(halfway.at(-1), [2, 10]);
});

test('a line drawn the other way round is not turned inside out', () => {
  const reversed = [...east].reverse();
  const halfway = morphLine(west, reversed, 0.5);
  assert.deepEqual(halfway[0], [2, 0]);
});

test('a line without a partner shrinks to its midpoint', () => {
  const island = [[10, 0], [12, 0]];
  const [, shrinking] = morphLines([west, island], [east], 0.5);
  assert.deepEqual(shrinking, [[10.5, 0], [11.5, 0]]);
  assert.equal(morphLines([west, island], [east], 1)[1].every(([x]) => x === 11), true);
});

test('a long line moved bodily morphs by the same shift at every point', () => {
  const long = Array.from({ length: 5000 }, (_, i) => [Math.sin(i / 50), i / 500]);
  const moved = long.map(([x, y]) => [x + 3, y]);
  const halfway = morphLine(long, moved, 0.5);
  assert.ok(halfway.length >= 5000);
  for (const [x, y] of halfway) {
    assert.ok(Math.abs(x - (Math.sin(y * 10) + 1.5)) < 1e-3, `(${x}, ${y}) is not 1.5 east of the line`);
  }
});

// groupNearby: close events gather, far ones stay apart, each exactly once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { groupNearby } from '../../static/battlemap/js/core/event-groups.js';

test('events within the radius of the most important one gather around it', () => {
  const points = [{ x: 0, y: 0, weight: 1 }, { x: 10, y: 5, weight: 3 }, { x: 200, y: 200, weight: 2 }, { x: 16, y: 0, weight: 1 }];
  const groups = groupNearby(points, 20);
  assert.deepEqual(groups, [[1, 0, 3], [2]]);
});

test('every event is in exactly one group, and none gather with a radius of 0', () => {
  const points = Array.from({ length: 7 }, (_, i) => ({ x: i * 3, y: 0, weight: i % 3 }));
  const groups = groupNearby(points, 8);
  assert.deepEqual(groups.flat().sort((a, b) => a - b), [0, 1, 2, 3, 4, 5, 6]);
  assert.equal(groupNearby(points, 0).length, 7);
  assert.deepEqual(groupNearby([], 10), []);
});

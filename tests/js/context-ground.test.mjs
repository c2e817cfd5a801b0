// The ground around the battle: a region town's name stays off the operation's ground and follows the map's naming mode.
import assert from 'node:assert/strict';
import test from 'node:test';

// The layers extend Leaflet's; these pure helpers need none of it.
globalThis.window ??= {};
// A class that extends as Leaflet's do (extend returns something that can be extended again).
const extendable = (body) => ({ ...body, extend: extendable });
window.L ??= { Layer: { extend: extendable } };
const { clearOf, contextName, spotsOutside } = await import('../../static/battlemap/js/layers/context-ground.js');

const ground = { x0: 100, y0: 100, x1: 300, y1: 200 };

test('a box touching the ground is not clear of it; one beside it is', () => {
  assert.equal(clearOf({ x: 60, y: 120, width: 40, height: 10 }, ground), true);
  assert.equal(clearOf({ x: 61, y: 120, width: 40, height: 10 }, ground), false);
  assert.equal(clearOf({ x: 150, y: 200, width: 40, height: 10 }, ground), true);
});

test('a name takes only the places about its dot that leave the ground clear, right first', () => {
  // A dot just left of the ground: right of it would enter the ground, left, above and below do not.
  const spots = spotsOutside({ x: 95, y: 150 }, 40, 12, 3, ground);
  assert.deepEqual(spots[0], { x: 50, y: 144 });
  assert.ok(spots.every((spot) => clearOf({ ...spot, width: 40, height: 12 }, ground)));
  assert.equal(spots.length, 1);
  // Far from the ground every place is free, the right one first.
  assert.deepEqual(spotsOutside({ x: 500, y: 500 }, 40, 12, 3, ground)[0], { x: 505, y: 494 });
  assert.equal(spotsOutside({ x: 500, y: 500 }, 40, 12, 3, ground).length, 4);
});

test('a town is named as in the period, or as today when the map names places so', () => {
  const stalino = { name: 'Stalino', modern_name: 'Donetsk' };
  assert.equal(contextName(stalino, 'period'), 'Stalino');
  assert.equal(contextName(stalino, 'today'), 'Donetsk');
  assert.equal(contextName({ name: 'Kursk' }, 'today'), 'Kursk');
});

test("a town is named in the timeline's language: its period name, or today's, else the English", () => {
  const stalino = { name: 'Stalino', modern_name: 'Donetsk', period_name: 'Сталіно', today_name: 'Донецьк' };
  assert.equal(contextName(stalino, 'period'), 'Сталіно');
  assert.equal(contextName(stalino, 'today'), 'Донецьк');
  // A town the language has no name for keeps the region's English.
  assert.equal(contextName({ name: 'Stalino', modern_name: 'Donetsk', period_name: '' }, 'period'), 'Stalino');
  assert.equal(contextName({ name: 'Stalino', modern_name: 'Donetsk', today_name: '' }, 'today'), 'Donetsk');
});

// The height an embed asks for follows its width: 16:9 when wide, never a strip on a phone, never below 250.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wantedHeight, MIN_FRAME_HEIGHT } from '../../static/battlemap/js/embed/wanted-height.js';

test('a wide frame wants a 16:9 map plus its chrome', () => {
  assert.equal(wantedHeight({ width: 800, chrome: 90 }), 450 + 90);
  assert.equal(wantedHeight({ width: 1024, chrome: 90 }), 576 + 90);
});

test('the height changes with the width', () => {
  const heights = [360, 600, 800, 1000].map((width) => wantedHeight({ width, chrome: 90 }));
  assert.ok(heights[0] < heights[2] && heights[2] < heights[3], heights.join(' '));
  // Never taller for a narrower frame.
  for (let i = 1; i < heights.length; i += 1) assert.ok(heights[i] >= heights[i - 1]);
});

test('a phone gets a map of at least 320 px, or a square one when narrower', () => {
  assert.equal(wantedHeight({ width: 390, chrome: 80 }), 320 + 80);
  assert.equal(wantedHeight({ width: 280, chrome: 60 }), 280 + 60);
});

test('a very wide frame stops at a screen-sized map; nothing is ever below the minimum', () => {
  assert.equal(wantedHeight({ width: 2400, chrome: 90 }), 720 + 90);
  assert.equal(wantedHeight({ width: 200, chrome: 0 }), MIN_FRAME_HEIGHT);
  assert.equal(wantedHeight({ width: 300, chrome: -5 }), 300);
});

test('a width that is not positive is refused by name', () => {
  assert.throws(() => wantedHeight({ width: 0 }), /width must be > 0, got 0/);
  assert.throws(() => wantedHeight({ width: NaN }), /width must be > 0/);
});

test('a frame too narrow for the map asks for the height of its still: the picture and its link', () => {
  assert.equal(wantedHeight({ width: 180, chrome: 220 }), Math.ceil(180 * 21 / 40) + 24);
  assert.equal(wantedHeight({ width: 120 }), 63 + 24);
});

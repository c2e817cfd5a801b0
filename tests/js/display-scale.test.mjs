// displayScale, fillOpacity and scaledFont: presentation mode draws bigger and stronger.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PROJECTOR_SCALE, displayScale, fillOpacity, scaledFont } from '../../static/battlemap/js/core/display-scale.js';

test('a map draws at scale 1 unless its projector option is on', () => {
  assert.equal(displayScale({ options: {} }), 1);
  assert.equal(displayScale(undefined), 1);
  assert.equal(displayScale({ options: { projector: true } }), PROJECTOR_SCALE);
});

test('fills grow stronger on a projector but stay below opaque', () => {
  assert.equal(fillOpacity(0.34, { options: {} }), 0.34);
  assert.ok(fillOpacity(0.34, { options: { projector: true } }) > 0.34);
  assert.ok(fillOpacity(0.7, { options: { projector: true } }) <= 0.8);
});

test('a font is scaled by its pixel size only', () => {
  assert.equal(scaledFont('600 12px system-ui, sans-serif', 1.5), '600 18px system-ui, sans-serif');
  assert.equal(scaledFont('italic 600 13px system-ui', 1), 'italic 600 13px system-ui');
});

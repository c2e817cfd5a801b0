// Point of view: neutral frames by default, friend and hostile from one side's view.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { identityFor, parsePointOfView, withIdentity } from '../../static/battlemap/js/classroom/point-of-view.js';

test('with no point of view both sides are neutral; with one, that side is friend and the other hostile', () => {
  assert.equal(identityFor('soviet', null), 'neutral');
  assert.equal(identityFor('axis', null), 'neutral');
  assert.equal(identityFor('soviet', 'soviet'), 'friend');
  assert.equal(identityFor('axis', 'soviet'), 'hostile');
  assert.equal(identityFor('soviet', 'axis'), 'hostile');
});

test('the identity is rewritten in both SIDC forms and nothing else changes', () => {
  assert.equal(withIdentity('SFGPUCI----K---', 'neutral'), 'SNGPUCI----K---');
  assert.equal(withIdentity('SHGPUCA----E---', 'friend'), 'SFGPUCA----E---');
  assert.equal(withIdentity('10031000001211000000', 'hostile'), '10061000001211000000');
  assert.equal(withIdentity('not a code', 'friend'), 'not a code');
});

test('the URL value is a side, or neutral; anything else is refused by name', () => {
  assert.equal(parsePointOfView('neutral', ['soviet', 'axis']), null);
  assert.equal(parsePointOfView('axis', ['soviet', 'axis']), 'axis');
  assert.throws(() => parsePointOfView('allies', ['soviet', 'axis']), /expected neutral or one of soviet, axis/);
});

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

test('a point of view is found by the words the interface uses for a side', () => {
  const sides = [{ slug: 'soviet', name: 'Soviet Union (Southwestern and Southern Fronts)' },
    { slug: 'axis', name: 'Germany and allies (Army Group South)' }];
  for (const raw of ['german', 'German', 'germans', 'Germany', 'Germany and allies', 'Germany and allies (Army Group South)', 'axis']) {
    assert.equal(parsePointOfView(raw, sides), 'axis', raw);
  }
  for (const raw of ['soviet', 'Soviets', 'Soviet Union', 'soviet-union']) assert.equal(parsePointOfView(raw, sides), 'soviet', raw);
  assert.equal(parsePointOfView('Neutral', sides), null);
  // A word that names no side, or not one alone, is refused with the words that work.
  assert.throws(() => parsePointOfView('allies', sides), /one of soviet \(Soviet Union\), axis \(Germany and allies\)/);
  assert.throws(() => parsePointOfView('ger', sides), /expected neutral/);
});

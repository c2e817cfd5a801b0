// The grey-safe look on screen: the same lightness per side as the printed handouts.
import test from 'node:test';
import assert from 'node:assert/strict';
import { greySafeStyles, luma, readPrintOption, tintToLuma } from '../../static/battlemap/js/paper/grey-safe.js';

test('tints reach their luma from any colour', () => {
  for (const colour of ['#c0392b', '#2c3e50', '#ffee00', '#000000', '#ffffff']) {
    for (const target of [226, 166, 110]) assert.ok(Math.abs(luma(tintToLuma(colour, target)) - target) < 2, `${colour} ${target}`);
  }
});

test('the sides are 35 levels of grey apart, the first hatched, their arrows dashed apart', () => {
  const styles = greySafeStyles([{ slug: 'soviet', colour: '#c0392b' }, { slug: 'axis', colour: '#2c3e50' }]);
  const [one, other] = [styles.get('soviet'), styles.get('axis')];
  assert.ok(Math.abs(luma(one.ground) - luma(other.ground)) >= 35);
  assert.ok(one.hatch && other.hatch === null);
  assert.notDeepEqual(one.dash, other.dash);
  // Python draws the handouts with the same colours (battlemap/render/map_style.py).
  assert.equal(one.ground, '#eeded9');
});

test('the print option takes grey and names anything else', () => {
  assert.equal(readPrintOption(null), false);
  assert.equal(readPrintOption('grey'), true);
  assert.throws(() => readPrintOption('colour'), /expected grey/);
  assert.throws(() => greySafeStyles([{ slug: 'x', colour: 'red' }]), /not #rrggbb/);
});

test('the address parser reads print=grey and warns of any other value', async () => {
  const { parseUrlState, shownInstead } = await import('../../static/battlemap/js/time/url-state.js');
  const context = { timeOf: () => undefined, dates: [], layerNames: [], formationIds: new Set(), speeds: [1] };
  assert.deepEqual(parseUrlState('print=grey', context, () => assert.fail('no warning')), { print: true });
  const warnings = [];
  assert.deepEqual(parseUrlState('print=blue', context, (field, message) => warnings.push([field, message])), {});
  assert.deepEqual(warnings, [['print', '"blue": expected grey']]);
  assert.equal(shownInstead('print', {}), 'the colours of the screen');
});

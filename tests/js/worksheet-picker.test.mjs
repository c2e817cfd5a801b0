// The worksheet's day picker: six days spread over the operation, 4 to 9 printable.
import test from 'node:test';
import assert from 'node:assert/strict';
import { pickerState, spreadDays } from '../../static/battlemap/js/paper/worksheet-picker.js';

test('six days spread from the first to the last', () => {
  const dates = Array.from({ length: 20 }, (_, i) => `1942-05-${String(11 + i).padStart(2, '0')}`);
  const picked = spreadDays(dates);
  assert.equal(picked.length, 6);
  assert.equal(picked[0], '1942-05-11');
  assert.equal(picked.at(-1), '1942-05-30');
  assert.deepEqual(spreadDays(dates.slice(0, 5)), dates.slice(0, 5));
});

test('four to nine days can be printed, and the picker says why not otherwise', () => {
  assert.deepEqual(pickerState(3), { ready: false, text: '3 ticked: tick at least 4 days' });
  assert.equal(pickerState(4).ready, true);
  assert.equal(pickerState(9).ready, true);
  assert.match(pickerState(10).text, /at most 9/);
});

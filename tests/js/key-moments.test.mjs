// Key moments: stepping, overlays and the presenter's keys.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ease, momentsWithTimes, nextMoment, overlaysFor, presenterAction, previousMoment } from '../../static/battlemap/js/classroom/key-moments.js';

const moments = [{ id: 'a', at: 0 }, { id: 'b', at: 1.5 }, { id: 'c', at: 4 }];

test('momentsWithTimes gives each moment its clock time and drops one outside the operation', () => {
  const warnings = [];
  const timeOf = (date, time) => ({ '1942-05-11': 0, '1942-05-12': 1 }[date] === undefined ? undefined : ({ '1942-05-11': 0, '1942-05-12': 1 }[date] + (time === '12:00' ? 0.5 : 0)));
  const timed = momentsWithTimes([{ id: 'x', date: '1942-05-12', time: '12:00' }, { id: 'y', date: '1950-01-01' }], timeOf, (m) => warnings.push(m));
  assert.deepEqual(timed.map((m) => [m.id, m.at]), [['x', 1.5]]);
  assert.match(warnings[0], /'y' is dated 1950-01-01, outside the operation/);
});

test('next and previous step from the current moment, or from the clock when none is current', () => {
  assert.equal(nextMoment(moments, 0, null), 1);
  assert.equal(nextMoment(moments, 2, null), 2);
  assert.equal(nextMoment(moments, 9, null), 2);
  assert.equal(nextMoment(moments, 0, 2), 2, 'the last moment stays the last');
  assert.equal(previousMoment(moments, 2, null), 1);
  assert.equal(previousMoment(moments, 0, null), 0);
  assert.equal(previousMoment(moments, 0, 1), 0);
  assert.equal(nextMoment([], 0, null), null);
});

test('a moment shows its own layers and always the rivers; none named means all', () => {
  const all = ['areas', 'front', 'units', 'movements', 'events', 'places', 'lines'];
  assert.deepEqual(overlaysFor({ layers: ['areas', 'fronts'] }, all), ['areas', 'front', 'lines']);
  assert.deepEqual(overlaysFor({ layers: [] }, all), all);
  assert.deepEqual(overlaysFor({ layers: ['positions', 'events'] }, all), ['units', 'events', 'lines']);
});

test('clicker, arrow, number and blanking keys mean what a presenter expects', () => {
  const on = { presenting: true };
  assert.deepEqual(presenterAction({ key: 'PageDown' }, on), { type: 'next' });
  assert.deepEqual(presenterAction({ key: 'PageUp' }, on), { type: 'previous' });
  assert.deepEqual(presenterAction({ key: 'ArrowRight' }, on), { type: 'next' });
  assert.deepEqual(presenterAction({ key: 'ArrowLeft' }, on), { type: 'previous' });
  assert.deepEqual(presenterAction({ key: 'b' }, on), { type: 'blank' });
  assert.deepEqual(presenterAction({ key: '.' }, on), { type: 'blank' });
  assert.deepEqual(presenterAction({ key: '3' }, on), { type: 'goto', index: 2 });
  assert.deepEqual(presenterAction({ key: '0' }, on), { type: 'goto', index: 9 });
  assert.deepEqual(presenterAction({ key: 'Escape' }, on), { type: 'leave' });
  assert.equal(presenterAction({ key: 'x' }, on), null);
  assert.equal(presenterAction({ key: 'PageDown', ctrlKey: true }, on), null);
  assert.deepEqual(presenterAction({ key: 'f' }, { presenting: false }), { type: 'enter' });
  assert.equal(presenterAction({ key: 'PageDown' }, { presenting: false }), null, 'outside presentation mode the page keeps its keys');
});

test('ease runs from 0 to 1 and is clamped', () => {
  assert.equal(ease(0), 0);
  assert.equal(ease(1), 1);
  assert.equal(ease(0.5), 0.5);
  assert.equal(ease(-1), 0);
  assert.ok(ease(0.25) < 0.25 && ease(0.75) > 0.75);
});

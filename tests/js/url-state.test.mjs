// Tests for URL state: round trips, and bad fields dropped one by one with a warning.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatUrlState, parseUrlState } from '../../static/battlemap/js/time/url-state.js';
import { TimelineIndex } from '../../static/battlemap/js/time/timeline-index.js';
import { loadFixture } from './helpers/vendor.mjs';

const index = new TimelineIndex(loadFixture());
const context = {
  timeOf: (date, hhmm) => index.timeOf(date, hhmm),
  layerNames: ['areas', 'front', 'units'],
  formationIds: new Set(['sov-6a']),
  speeds: [0.5, 1, 2],
};

test('a full state survives a round trip', () => {
  const query = formatUrlState({ date: '1942-05-12', hhmm: '18:00', center: [49.3, 36.6], zoom: 8, layers: ['areas', 'units'], unit: 'sov-6a', speed: 2 });
  assert.equal(query, 'date=1942-05-12T18:00&center=49.3000,36.6000&zoom=8&layers=areas,units&unit=sov-6a&speed=2');
  const warnings = [];
  const state = parseUrlState(`?${query}`, context, (field) => warnings.push(field));
  assert.deepEqual(warnings, []);
  assert.deepEqual(state, { time: 1.75, center: [49.3, 36.6], zoom: 8, layers: ['areas', 'units'], unit: 'sov-6a', speed: 2 });
});

test('bad fields are ignored field by field with a warning naming each', () => {
  const warnings = [];
  const state = parseUrlState('?date=banana&zoom=99&center=49.3,36.6&layers=areas,bogus&unit=nobody&speed=7', context, (field) => warnings.push(field));
  assert.deepEqual(warnings, ['date', 'zoom', 'layers', 'unit', 'speed']);
  assert.deepEqual(state, { center: [49.3, 36.6] });
});

test('dates outside the operation and impossible times are rejected', () => {
  const warnings = [];
  assert.deepEqual(parseUrlState('?date=1942-06-30', context, (f) => warnings.push(f)), {});
  assert.deepEqual(parseUrlState('?date=1942-05-12T25:00', context, (f) => warnings.push(f)), {});
  assert.deepEqual(warnings, ['date', 'date']);
});

test('the default warning goes to console.warn and names the field', () => {
  const original = console.warn;
  const messages = [];
  console.warn = (message) => messages.push(message);
  try {
    parseUrlState('?zoom=abc', context);
  } finally {
    console.warn = original;
  }
  assert.equal(messages.length, 1);
  assert.match(messages[0], /'zoom'/);
});

test('midnight is written as a bare date and an empty layer list is kept', () => {
  assert.equal(formatUrlState({ date: '1942-05-12', hhmm: '00:00', layers: [] }), 'date=1942-05-12&layers=');
  assert.deepEqual(parseUrlState('?layers=', context, () => {}), { layers: [] });
});

test('the point of view is read against the sides and written back', () => {
  const withSides = { ...context, sideSlugs: ['soviet', 'axis'] };
  assert.deepEqual(parseUrlState('?pov=axis', withSides), { pov: 'axis' });
  assert.deepEqual(parseUrlState('?pov=neutral', withSides), { pov: null });
  const warnings = [];
  assert.deepEqual(parseUrlState('?pov=martians', withSides, (field) => warnings.push(field)), {});
  assert.deepEqual(warnings, ['pov']);
  assert.equal(formatUrlState({ date: '1942-05-12', pov: 'soviet' }), 'date=1942-05-12&pov=soviet');
  assert.equal(formatUrlState({ date: '1942-05-12', pov: null }), 'date=1942-05-12');
});

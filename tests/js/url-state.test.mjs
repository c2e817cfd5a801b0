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

test('a date typed loosely is read as what it says, with a warning that says so', () => {
  const withDates = { ...context, dates: index.dates };
  for (const raw of ['1942-5-13', '1942/05/13', '13.05.1942', '13/5/1942']) {
    const warnings = [];
    assert.deepEqual(parseUrlState(`?date=${encodeURIComponent(raw)}`, withDates, (field, message) => warnings.push([field, message])),
      { time: index.timeOf('1942-05-13') }, raw);
    assert.match(warnings[0][1], /read as 1942-05-13/, raw);
  }
  const warnings = [];
  assert.deepEqual(parseUrlState('?date=1942-5-13T6:30', withDates, (f, m) => warnings.push(m)), { time: index.timeOf('1942-05-13', '06:30') });
});

test('a date outside the operation shows its nearest end, and one that is no date its start', () => {
  const withDates = { ...context, dates: index.dates };
  const warnings = [];
  const warn = (field, message) => warnings.push(`${field}: ${message}`);
  assert.deepEqual(parseUrlState('?date=1942-06-15', withDates, warn), { time: index.timeOf(index.dates.at(-1)) });
  assert.deepEqual(parseUrlState('?date=1941-06-22', withDates, warn), { time: 0 });
  assert.deepEqual(parseUrlState('?date=1942-05-40', withDates, warn), {});
  assert.deepEqual(parseUrlState('?date=banana', withDates, warn), {});
  assert.match(warnings[0], /^date: "1942-06-15": after the operation \(1942-05-11 to 1942-05-14\)/);
  assert.match(warnings[1], /before the operation/);
  assert.match(warnings[2], /not a date of the operation/);
  assert.match(warnings[3], /expected YYYY-MM-DD/);
});

// Tests for the timeline index: times, positions with gliding, events, movements, stats.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TimelineIndex } from '../../static/battlemap/js/time/timeline-index.js';
import { loadFixture } from './helpers/vendor.mjs';

const index = new TimelineIndex(loadFixture());

test('times convert to dates and back', () => {
  assert.equal(index.timeOf('1942-05-12', '06:00'), 1.25);
  assert.equal(index.timeOf('1942-06-01'), undefined);
  assert.deepEqual(index.partsOf(1.25), { date: '1942-05-12', hhmm: '06:00', dayIndex: 1 });
  assert.deepEqual(index.partsOf(index.maxTime), { date: '1942-05-14', hhmm: '23:59', dayIndex: 3 });
});

test('a position holds, then glides during the last day before the next one', () => {
  assert.equal(index.positionAt('sov-6a', 0.5).lon, 36.3);
  assert.equal(index.positionAt('sov-6a', 1).lon, 36.3);
  const halfway = index.positionAt('sov-6a', 1.5);
  assert.ok(Math.abs(halfway.lon - 36.6) < 1e-9);
  assert.equal(halfway.gliding, true);
  assert.equal(index.positionAt('sov-6a', 2).lon, 36.9);
  assert.equal(index.positionAt('sov-21tc', 0.9), null, 'not on the map before its first position');
});

test('a destroyed formation leaves the map after it lingers', () => {
  assert.equal(index.positionAt('ger-3pzk', 3.5).position.status, 'destroyed');
  const tooLate = new TimelineIndex({ ...loadFixture(), dates: [...loadFixture().dates, '1942-05-15', '1942-05-16'] });
  assert.equal(tooLate.positionAt('ger-3pzk', 5.5), null);
});

test('the echelon filter keeps formations at or above the echelon', () => {
  const ids = (echelon) => index.positionsAt(1, echelon).map((p) => p.formation).sort();
  assert.deepEqual(ids('army'), ['sov-6a']);
  assert.deepEqual(ids('corps'), ['ger-3pzk', 'sov-21tc', 'sov-6a']);
});

test('the echelons, their names and the drawing orders come from the document, not the code', () => {
  const fixture = loadFixture();
  assert.equal(index.echelonLabels.get('army_group'), 'Army group');
  assert.deepEqual(index.areaRoles, fixture.vocabulary.area_roles);
  // A document that ranks corps above armies is obeyed.
  const echelons = fixture.vocabulary.echelons.map(([value, label]) => [value, label]);
  const army = echelons.findIndex(([value]) => value === 'army');
  const corps = echelons.findIndex(([value]) => value === 'corps');
  [echelons[army], echelons[corps]] = [echelons[corps], echelons[army]];
  const reordered = new TimelineIndex({ ...fixture, vocabulary: { ...fixture.vocabulary, echelons } });
  assert.deepEqual(reordered.positionsAt(1, 'army').map((p) => p.formation).sort(), ['ger-3pzk', 'sov-21tc', 'sov-6a']);
  assert.deepEqual(reordered.positionsAt(1, 'corps').map((p) => p.formation).sort(), ['ger-3pzk', 'sov-21tc']);
  const { vocabulary, ...withoutVocabulary } = fixture;
  assert.ok(vocabulary);
  assert.throws(() => new TimelineIndex(withoutVocabulary), /no vocabulary/);
});

test('events are ordered by time and can be stepped through', () => {
  assert.deepEqual(index.events.map((e) => e.id), ['ev-1', 'ev-2', 'ev-4', 'ev-3']);
  assert.equal(index.nextEvent(0.27).id, 'ev-1');
  assert.equal(index.nextEvent(index.events[0].at).id, 'ev-2');
  assert.equal(index.previousEvent(1.2).id, 'ev-2');
  assert.equal(index.nextEvent(1, 3).id, 'ev-3');
  assert.equal(index.nextEvent(3.6), null);
  assert.deepEqual(index.eventsOnDay(1).map((e) => e.id), ['ev-2', 'ev-4']);
});

test('an arrow grows from its start date to the end of its end date, then fades', () => {
  const [movement] = index.movements;
  assert.deepEqual(index.movementStateAt(movement, 0.5), { progress: 0, opacity: 0 });
  assert.equal(index.movementStateAt(movement, 2).progress, 0.5);
  assert.equal(index.movementStateAt(movement, 3).progress, 1);
  assert.equal(index.movementStateAt(movement, 3).opacity, 1);
});

test('stats become chart columns', () => {
  const { epochSeconds, columns } = index.statsColumns();
  assert.equal(epochSeconds.length, 4);
  assert.equal(epochSeconds[1] - epochSeconds[0], 86400);
  assert.deepEqual(columns['soviet.pocket'], [0, 0, 0, 1300]);
  assert.deepEqual(columns['soviet.encircled'], [0, 0, 0, 1]);
});

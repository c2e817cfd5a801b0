// Tests for preparing the morph ahead of the clock: fields from a worker, urgent ones first, and the fall-back to idle time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMorph } from '../../static/battlemap/js/morph/create-morph.js';
import { MorphPreparer } from '../../static/battlemap/js/morph/morph-preparer.js';
import { createGrid } from '../../static/battlemap/js/core/projection.js';
import { buildShapeField } from '../../static/battlemap/js/morph/shape-field.js';
import { loadFixture } from './helpers/vendor.mjs';

const timeline = loadFixture();
const makeMorph = () => createMorph({
  roles: timeline.vocabulary.area_roles,
  certainties: timeline.vocabulary.certainties,
  dates: timeline.dates,
  areasByDate: timeline.areas,
  sides: timeline.operation.sides.map((s) => s.slug),
  grid: createGrid(timeline.operation.bbox, { longSideCells: 64 }),
});

/** A worker that answers when told to, building fields as field-worker.js does. */
class FakeWorker {
  constructor() { this.posted = []; this.terminated = false; }
  postMessage(message) { this.posted.push(message); }
  answerOne() {
    const { signature, polygons, width, height } = this.posted.shift();
    const { field, vanishOffset } = buildShapeField(polygons, width, height);
    this.onmessage({ data: { signature, field, vanishOffset } });
  }
  terminate() { this.terminated = true; }
}

const idleNow = (work) => work({ timeRemaining: () => 50, didTimeout: false });

test('the worker builds every field, a couple at a time, then each day is prepared and onDone called', () => {
  globalThis.Worker = FakeWorker;
  const morph = makeMorph();
  let worker;
  let done = 0;
  let redraws = 0;
  const preparer = new MorphPreparer({
    store: morph.store, morphs: [morph.areas, morph.front], workerUrl: 'field-worker.js', createWorker: () => (worker = new FakeWorker()), requestIdle: idleNow,
    onFields: () => redraws++, onDone: () => done++,
  });
  assert.equal(preparer.mode, 'worker');
  assert.equal(morph.store.buildFields, false);
  preparer.start(0);
  assert.equal(worker.posted.length, 2, 'two in flight at most');
  while (worker.posted.length) worker.answerOne();
  assert.equal(done, 1);
  assert.ok(redraws >= morph.store.fieldBuildCount);
  assert.ok(worker.terminated, 'the worker is let go once every field is in');
  const built = morph.store.fieldBuildCount;
  morph.areas.at(timeline.dates.length - 1.5);
  morph.front.at(0.5);
  assert.equal(morph.store.fieldBuildCount, built, 'nothing left to build');
  assert.equal(morph.areas.complete && morph.front.complete, true);
  delete globalThis.Worker;
});

test('a field the current time waits for jumps the queue', () => {
  globalThis.Worker = FakeWorker;
  const morph = makeMorph();
  let worker;
  const preparer = new MorphPreparer({ store: morph.store, morphs: [morph.areas, morph.front], workerUrl: 'w.js', createWorker: () => (worker = new FakeWorker()), requestIdle: idleNow });
  preparer.start(0);
  const last = timeline.dates.length - 2;
  morph.areas.at(last + 0.5); // the far end: its fields were queued last
  assert.equal(morph.areas.complete, false);
  worker.answerOne();
  const next = worker.posted.at(-1).signature;
  const wanted = [...morph.days.shapesOfDay(last).values(), ...morph.days.shapesOfDay(last + 1).values()].map((s) => s.signature);
  assert.ok(wanted.includes(next), 'the next field posted is one the current time needs');
  delete globalThis.Worker;
});

test('a worker that fails to load leaves the preparation to idle time on the page', () => {
  globalThis.Worker = FakeWorker;
  const morph = makeMorph();
  let worker;
  let done = 0;
  const warnings = [];
  const warn = console.warn;
  console.warn = (message) => warnings.push(message);
  const preparer = new MorphPreparer({ store: morph.store, morphs: [morph.areas, morph.front], workerUrl: 'w.js', createWorker: () => (worker = new FakeWorker()), requestIdle: idleNow, onDone: () => done++ });
  preparer.start(0);
  worker.onerror({ message: 'refused' });
  console.warn = warn;
  assert.equal(preparer.mode, 'idle');
  assert.equal(morph.store.buildFields, true);
  assert.equal(done, 1, 'everything prepared in idle time');
  assert.match(warnings[0], /field worker stopped \(refused\)/);
  delete globalThis.Worker;
});

test('with no Worker at all it prepares in idle time', () => {
  const morph = makeMorph();
  let done = 0;
  const preparer = new MorphPreparer({ store: morph.store, morphs: [morph.areas, morph.front], workerUrl: 'w.js', requestIdle: idleNow, onDone: () => done++ });
  assert.equal(preparer.mode, 'idle');
  preparer.start(3);
  assert.equal(done, 1);
  assert.ok(morph.store.fieldBuildCount > 0);
});

const signaturesOfDays = (morph, first, last) => morph.store.fieldSignaturesOfDays(first, last);

test('keeping some days, only their fields are built and kept, and they follow the clock', () => {
  globalThis.Worker = FakeWorker;
  const morph = makeMorph();
  let worker;
  let done = 0;
  const preparer = new MorphPreparer({ store: morph.store, morphs: [morph.areas, morph.front], workerUrl: 'w.js', keepDays: 0, createWorker: () => (worker = new FakeWorker()), requestIdle: idleNow, onDone: () => done++ });
  preparer.start(0);
  while (worker.posted.length) worker.answerOne();
  assert.equal(done, 1, 'the days around the start are prepared');
  assert.equal(worker.terminated, false, 'the worker stays for the days to come');
  const near = signaturesOfDays(morph, 0, 1);
  const far = [...signaturesOfDays(morph, 2, 3)].filter((signature) => !near.has(signature));
  assert.ok(far.length > 0, 'the fixture changes after day 1');
  const kept = () => [...morph.store._fields.keys()];
  assert.ok(kept().length > 0 && kept().every((signature) => near.has(signature)), 'nothing beyond day 1 is built');
  morph.areas.at(0.5);
  assert.equal(morph.areas.complete, true);

  preparer.follow(2.3);
  const now = signaturesOfDays(morph, 2, 3);
  assert.ok(kept().every((signature) => now.has(signature)), 'the fields of days 0 and 1 are let go');
  assert.ok(worker.posted.length > 0, 'and those of days 2 and 3 asked for');
  while (worker.posted.length) worker.answerOne();
  morph.areas.at(2.5);
  morph.front.at(2.5);
  assert.equal(morph.areas.complete && morph.front.complete, true, 'the morph of day 2 to 3 is whole');
  assert.ok(far.every((signature) => morph.store._fields.has(signature)));
  assert.equal(done, 1, 'onDone once');
  delete globalThis.Worker;
});

test('a field built for days the clock has left is not kept', () => {
  globalThis.Worker = FakeWorker;
  const morph = makeMorph();
  let worker;
  const preparer = new MorphPreparer({ store: morph.store, morphs: [morph.areas, morph.front], workerUrl: 'w.js', keepDays: 0, createWorker: () => (worker = new FakeWorker()), requestIdle: idleNow });
  preparer.start(0);
  const dayThree = signaturesOfDays(morph, 3, 3);
  const leaving = worker.posted.map((message) => message.signature).find((signature) => !dayThree.has(signature));
  assert.ok(leaving, 'a field in flight is for day 0 or 1 only');
  preparer.follow(3);
  // Both in flight come back; the one for days left behind is dropped.
  worker.answerOne();
  worker.answerOne();
  assert.equal(morph.store._fields.has(leaving), false);
  assert.ok([...morph.store._fields.keys()].every((signature) => dayThree.has(signature)));
  // Coming back, it is asked for again.
  preparer.follow(0);
  while (worker.posted.length) worker.answerOne();
  assert.equal(morph.store._fields.has(leaving), true);
  delete globalThis.Worker;
});

// Tests for preparing the morph ahead of the clock: fields from a worker, urgent ones first, and the fall-back to idle time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AreaMorph } from '../../static/battlemap/js/area-morph.js';
import { MorphPreparer } from '../../static/battlemap/js/morph-preparer.js';
import { createGrid } from '../../static/battlemap/js/projection.js';
import { buildShapeField } from '../../static/battlemap/js/shape-field.js';
import { loadFixture } from './helpers/vendor.mjs';

const timeline = loadFixture();
const makeMorph = () => new AreaMorph({
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
    morph, workerUrl: 'field-worker.js', createWorker: () => (worker = new FakeWorker()), requestIdle: idleNow,
    onFields: () => redraws++, onDone: () => done++,
  });
  assert.equal(preparer.mode, 'worker');
  assert.equal(morph.buildFields, false);
  preparer.start(0);
  assert.equal(worker.posted.length, 2, 'two in flight at most');
  while (worker.posted.length) worker.answerOne();
  assert.equal(done, 1);
  assert.ok(redraws >= morph.fieldBuildCount);
  assert.ok(worker.terminated, 'the worker is let go once every field is in');
  const built = morph.fieldBuildCount;
  morph.shapesAt(timeline.dates.length - 1.5);
  morph.frontAt(0.5);
  assert.equal(morph.fieldBuildCount, built, 'nothing left to build');
  assert.equal(morph.shapesComplete && morph.frontComplete, true);
  delete globalThis.Worker;
});

test('a field the current time waits for jumps the queue', () => {
  globalThis.Worker = FakeWorker;
  const morph = makeMorph();
  let worker;
  const preparer = new MorphPreparer({ morph, workerUrl: 'w.js', createWorker: () => (worker = new FakeWorker()), requestIdle: idleNow });
  preparer.start(0);
  const last = timeline.dates.length - 2;
  morph.shapesAt(last + 0.5); // the far end: its fields were queued last
  assert.equal(morph.shapesComplete, false);
  worker.answerOne();
  const next = worker.posted.at(-1).signature;
  const wanted = [...morph.shapesOfDay(last).values(), ...morph.shapesOfDay(last + 1).values()].map((s) => s.signature);
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
  const preparer = new MorphPreparer({ morph, workerUrl: 'w.js', createWorker: () => (worker = new FakeWorker()), requestIdle: idleNow, onDone: () => done++ });
  preparer.start(0);
  worker.onerror({ message: 'refused' });
  console.warn = warn;
  assert.equal(preparer.mode, 'idle');
  assert.equal(morph.buildFields, true);
  assert.equal(done, 1, 'everything prepared in idle time');
  assert.match(warnings[0], /field worker stopped \(refused\)/);
  delete globalThis.Worker;
});

test('with no Worker at all it prepares in idle time', () => {
  const morph = makeMorph();
  let done = 0;
  const preparer = new MorphPreparer({ morph, workerUrl: 'w.js', requestIdle: idleNow, onDone: () => done++ });
  assert.equal(preparer.mode, 'idle');
  preparer.start(3);
  assert.equal(done, 1);
  assert.ok(morph.fieldBuildCount > 0);
});

// Tests for the operation clock: clamping, stepping, playing by frames, events and their causes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Clock } from '../../static/battlemap/js/time/clock.js';

function manualFrames() {
  let pending = null;
  let now = 0;
  return {
    options: { now: () => now, requestFrame: (cb) => { pending = cb; return 1; }, cancelFrame: () => { pending = null; } },
    advance(ms) { now += ms; const cb = pending; pending = null; cb?.(); },
    get pending() { return pending !== null; },
  };
}

test('setTime clamps to the operation and reports the cause', () => {
  const clock = new Clock({ maxTime: 3.99, ...manualFrames().options });
  const seen = [];
  clock.on('timechange', (e) => seen.push([e.time, e.cause]));
  clock.setTime(10, 'scrub');
  clock.setTime(-4, 'jump');
  assert.deepEqual(seen, [[3.99, 'scrub'], [0, 'jump']]);
});

test('setTime with the same time fires nothing', () => {
  const clock = new Clock({ maxTime: 3, ...manualFrames().options });
  let count = 0;
  clock.on('timechange', () => count++);
  clock.setTime(0);
  assert.equal(count, 0);
});

test('stepDays lands on midnight: forward to the next day, back to the start of the day first', () => {
  const clock = new Clock({ maxTime: 10, ...manualFrames().options });
  clock.setTime(2.5);
  clock.stepDays(1);
  assert.equal(clock.time, 3);
  clock.setTime(2.5);
  clock.stepDays(-1);
  assert.equal(clock.time, 2);
  clock.stepDays(-1);
  assert.equal(clock.time, 1);
});

test('playing advances by speed × elapsed wall time and stops at the end', () => {
  const frames = manualFrames();
  const clock = new Clock({ maxTime: 1, speed: 2, ...frames.options });
  const causes = new Set();
  clock.on('timechange', (e) => causes.add(e.cause));
  let paused = 0;
  clock.on('pause', () => paused++);
  clock.play();
  frames.advance(100);
  assert.ok(Math.abs(clock.time - 0.2) < 1e-9, `time ${clock.time}`);
  for (let i = 0; i < 10; i++) frames.advance(100);
  assert.equal(clock.time, 1);
  assert.equal(clock.playing, false);
  assert.equal(paused, 1);
  assert.deepEqual([...causes], ['play']);
});

test('play at the end starts again from the beginning', () => {
  const frames = manualFrames();
  const clock = new Clock({ maxTime: 2, ...frames.options });
  clock.setTime(2);
  clock.play();
  assert.equal(clock.time, 0);
  assert.equal(clock.playing, true);
});

test('reduced motion plays in whole days', () => {
  const frames = manualFrames();
  const clock = new Clock({ maxTime: 5, speed: 1, reducedMotion: true, ...frames.options });
  const times = [];
  clock.on('timechange', (e) => times.push(e.time));
  clock.play();
  for (let i = 0; i < 12; i++) frames.advance(250);
  assert.deepEqual(times, [1, 2, 3]);
});

test('a long pause in frames does not leap across the operation', () => {
  const frames = manualFrames();
  const clock = new Clock({ maxTime: 20, speed: 1, ...frames.options });
  clock.play();
  frames.advance(60000);
  assert.ok(clock.time <= 0.25 + 1e-9);
});

test('setSpeed rejects nonsense and fires speedchange', () => {
  const clock = new Clock({ maxTime: 3, ...manualFrames().options });
  let fired = null;
  clock.on('speedchange', (e) => { fired = e.speed; });
  clock.setSpeed(4);
  assert.equal(fired, 4);
  assert.throws(() => clock.setSpeed(0), RangeError);
});

test('jumpTo pauses, then moves to the time with its cause', () => {
  const frames = manualFrames();
  const clock = new Clock({ maxTime: 5, ...frames.options });
  const seen = [];
  clock.on('pause', () => seen.push('pause'));
  clock.on('timechange', (e) => seen.push([e.time, e.cause]));
  clock.play();
  clock.jumpTo(2.5);
  clock.jumpTo(4, 'restore');
  assert.equal(clock.playing, false);
  assert.deepEqual(seen, ['pause', [2.5, 'jump'], [4, 'restore']]);
});

test('displayTime is whole days only when motion is reduced', () => {
  const smooth = new Clock({ maxTime: 5, ...manualFrames().options });
  const stepped = new Clock({ maxTime: 5, reducedMotion: true, ...manualFrames().options });
  smooth.setTime(2.75);
  stepped.setTime(2.75);
  assert.equal(smooth.displayTime(), 2.75);
  assert.equal(stepped.displayTime(), 2);
  assert.equal(stepped.displayTime(3.5), 3);
});

test('setSpan narrows the times the clock takes and brings the time inside, as a restore', () => {
  const clock = new Clock({ maxTime: 10, ...manualFrames().options });
  clock.setTime(8);
  const seen = [];
  clock.on('timechange', (e) => seen.push([e.time, e.cause]));
  clock.setSpan(2, 5.5);
  assert.deepEqual([clock.minTime, clock.maxTime, clock.time], [2, 5.5, 5.5]);
  assert.deepEqual(seen, [[5.5, 'restore']]);
  clock.setTime(0, 'jump');
  assert.equal(clock.time, 2);
  assert.throws(() => clock.setSpan(4, 3), /minTime <= maxTime/);
  assert.throws(() => clock.setSpan(0, NaN), RangeError);
});

test('announce tells the listeners the same time again, with a cause', () => {
  const clock = new Clock({ maxTime: 4, ...manualFrames().options });
  clock.setTime(1.5);
  const seen = [];
  clock.on('timechange', (e) => seen.push([e.time, e.cause]));
  clock.announce('step');
  clock.announce();
  assert.deepEqual(seen, [[1.5, 'step'], [1.5, 'restore']]);
});

// Tests for shedding work on a slow device: the governor's decisions, the clock's play by whole days, and the DrawingDetail that ties them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DetailGovernor } from '../../static/battlemap/js/time/detail-governor.js';
import { Clock } from '../../static/battlemap/js/time/clock.js';
import { DrawingDetail } from '../../static/battlemap/js/map/drawing-detail.js';
import { detailNoticeText } from '../../static/battlemap/js/controls/detail-notice.js';

test('the governor keeps full detail while frames come in time', () => {
  const governor = new DetailGovernor();
  // One frame in forty a little late (2.5 %): the 95th percentile is within the budget.
  for (let i = 0; i < 200; i++) assert.equal(governor.sample(i % 40 === 0 ? 33.3 : 16.7), null);
  assert.equal(governor.level, 'full');
});

test('late frames drop the level one step at a time, judged afresh at each level', () => {
  const governor = new DetailGovernor({ budgetMs: 25, window: 6, lateNeeded: 3 });
  assert.equal(governor.sample(40), null);
  assert.equal(governor.sample(40), null);
  assert.equal(governor.sample(40), 'light');
  // The frames before the drop do not count against the new level.
  assert.equal(governor.sample(40), null);
  assert.equal(governor.sample(16), null);
  assert.equal(governor.sample(40), null);
  assert.equal(governor.sample(40), 'days');
  for (let i = 0; i < 20; i++) assert.equal(governor.sample(90), null, 'there is nothing below days');
  assert.equal(governor.level, 'days');
  governor.reset();
  assert.equal(governor.level, 'full');
});

test('frames over twice the budget drop straight to whole days', () => {
  const governor = new DetailGovernor({ budgetMs: 25, window: 6, lateNeeded: 3 });
  assert.equal(governor.sample(70), null);
  assert.equal(governor.sample(66), null);
  assert.equal(governor.sample(83), 'days');
});

test('late frames spread out drop the level when they are too many for the 95th percentile', () => {
  const governor = new DetailGovernor({ budgetMs: 25, window: 6, lateNeeded: 3, rateWindow: 60, rateLate: 3 });
  // One late frame in fifteen (a shape stepping a quarter of a day at a time): 6.7 %, over 5 %.
  const dropped = [];
  for (let i = 1; i <= 60; i++) {
    const level = governor.sample(i % 15 === 0 ? 33 : 16.7);
    if (level) dropped.push([i, level]);
  }
  assert.deepEqual(dropped, [[60, 'light']]);
  // One in thirty (3.3 %) keeps the level.
  for (let i = 1; i <= 240; i++) assert.equal(governor.sample(i % 30 === 0 ? 33 : 16.7), null);
  assert.equal(governor.level, 'light');
});

test('only late frames within the window count', () => {
  const governor = new DetailGovernor({ window: 4, lateNeeded: 2 });
  assert.equal(governor.sample(30), null);
  for (let i = 0; i < 4; i++) assert.equal(governor.sample(16), null);
  assert.equal(governor.sample(30), null, 'the first late frame has left the window');
  assert.equal(governor.sample(30), 'light');
});

test('forgetting the frames (a pause) starts the count again; bad samples are ignored', () => {
  const governor = new DetailGovernor({ window: 6, lateNeeded: 3 });
  governor.sample(40);
  governor.sample(40);
  governor.forgetFrames();
  assert.equal(governor.sample(40), null);
  assert.equal(governor.sample(Number.NaN), null);
  assert.equal(governor.sample(-5), null);
  assert.equal(governor.level, 'full');
});

test('the governor refuses settings that make no sense, naming them', () => {
  assert.throws(() => new DetailGovernor({ budgetMs: 0 }), /budgetMs/);
  assert.throws(() => new DetailGovernor({ window: 2.5 }), /window/);
  assert.throws(() => new DetailGovernor({ window: 4, lateNeeded: 5 }), /lateNeeded/);
  assert.throws(() => new DetailGovernor({ level: 'coarse' }), /unknown level 'coarse'/);
  assert.throws(() => new DetailGovernor({ window: 6, rateWindow: 4 }), /rateWindow/);
  assert.throws(() => new DetailGovernor({ rateWindow: 60, rateLate: 60 }), /rateLate/);
});

function manualFrames() {
  const callbacks = [];
  let now = 0;
  return {
    options: { now: () => now, requestFrame: (cb) => { callbacks.push(cb); return callbacks.length; }, cancelFrame: () => {} },
    /** Run every frame callback pending, at a time `ms` after the last frame. */
    advance(ms) {
      now += ms;
      const pending = callbacks.splice(0);
      for (const cb of pending) cb(now);
    },
  };
}

test('the clock plays by whole days when asked, and says when that changes', () => {
  const frames = manualFrames();
  const clock = new Clock({ maxTime: 10, ...frames.options });
  const modes = [];
  clock.on('playmodechange', ({ stepByDay }) => modes.push(stepByDay));
  clock.setStepByDay(true);
  clock.setStepByDay(true);
  assert.deepEqual(modes, [true]);
  assert.equal(clock.playsByDay, true);
  const times = [];
  clock.on('timechange', ({ time }) => times.push(time));
  clock.play();
  for (let i = 0; i < 130; i++) frames.advance(1000 / 60);
  assert.deepEqual(times, [1, 2], 'two whole days in a little over two seconds at one day a second');
  clock.setStepByDay(false);
  frames.advance(100);
  assert.ok(times.at(-1) > 2 && times.at(-1) < 2.2, `gliding again: ${times.at(-1)}`);
  assert.deepEqual(modes, [true, false]);
});

test('with reduced motion the clock plays by day whatever the switch says', () => {
  const clock = new Clock({ maxTime: 3, reducedMotion: true, ...manualFrames().options });
  assert.equal(clock.stepByDay, false);
  assert.equal(clock.playsByDay, true);
});

test('DrawingDetail sheds work on late frames while playing, then plays by day, and the reader can have it all back', () => {
  const frames = manualFrames();
  const clock = new Clock({ maxTime: 10, ...frames.options });
  const root = { dataset: {} };
  const detail = new DrawingDetail({ clock, requestFrame: frames.options.requestFrame, governor: new DetailGovernor({ window: 4, lateNeeded: 2 }), root });
  const changes = [];
  detail.on('change', ({ level, cause }) => changes.push([level, cause]));
  assert.equal(root.dataset.battlemapDetail, 'full');
  clock.play();
  for (let i = 0; i < 10; i++) frames.advance(16.7);
  assert.equal(detail.level, 'full', 'frames in time shed nothing');
  for (let i = 0; i < 3; i++) frames.advance(40);
  assert.equal(detail.level, 'light');
  assert.equal(clock.stepByDay, false);
  for (let i = 0; i < 3; i++) frames.advance(40);
  assert.equal(detail.level, 'days');
  assert.equal(clock.stepByDay, true, 'at days the clock plays by whole days');
  assert.equal(root.dataset.battlemapDetail, 'days');
  detail.fullDetail();
  assert.equal(detail.level, 'full');
  assert.equal(clock.stepByDay, false);
  for (let i = 0; i < 10; i++) frames.advance(60);
  assert.equal(detail.level, 'full', 'after the reader asked, nothing is shed again');
  assert.deepEqual(changes, [['light', 'frames'], ['days', 'frames'], ['full', 'reader']]);
});

test('DrawingDetail watches no frames while paused', () => {
  const frames = manualFrames();
  const clock = new Clock({ maxTime: 10, ...frames.options });
  const detail = new DrawingDetail({ clock, requestFrame: frames.options.requestFrame, root: null });
  for (let i = 0; i < 20; i++) frames.advance(90);
  assert.equal(detail.level, 'full');
});

test('the notice says what was shed, and nothing at full detail', () => {
  assert.equal(detailNoticeText('full'), null);
  assert.match(detailNoticeText('light'), /fewer names/);
  assert.match(detailNoticeText('days'), /one whole day at a time/);
});

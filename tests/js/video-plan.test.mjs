// Checks the video's frame plan (times, holds on key moments, the closing card) and its scale bar.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { END_CARD_SECONDS, HOLD_SECONDS, defaultSeconds, planFrames } from '../../static/battlemap/js/video/frame-plan.js';
import { distanceLabel, roundDistance, scaleBar } from '../../static/battlemap/js/video/scale-bar.js';

const MINUTE = 1 / 1440;

test('a span of days takes a second a day and the closing second, frames evenly in time', () => {
  const plan = planFrames({ start: 6, end: 8 - MINUTE, fps: 10 });
  assert.equal(plan.seconds, 2 + END_CARD_SECONDS);
  assert.equal(plan.frames.length, 30);
  assert.equal(plan.frames[0].time, 6);
  const moving = plan.frames.filter((frame) => !frame.endCard);
  assert.equal(moving.length, 20);
  for (let i = 1; i < moving.length; i++) assert.ok(moving[i].time > moving[i - 1].time, `frame ${i} moves on`);
  const closing = plan.frames.filter((frame) => frame.endCard);
  assert.equal(closing.length, 10);
  assert.ok(closing.every((frame) => frame.time === 8 - MINUTE));
});

test('holding on moments stops the clock at each moment in the span, its index kept', () => {
  const moments = [{ at: 2 }, { at: 7.25 }, { at: 12 }];
  const plan = planFrames({ start: 6, end: 9, fps: 4, moments, holdMoments: true });
  assert.equal(plan.seconds, defaultSeconds({ start: 6, end: 9, holdCount: 1 }));
  const held = plan.frames.filter((frame) => frame.moment !== null);
  assert.equal(held.length, HOLD_SECONDS * 4);
  assert.ok(held.every((frame) => frame.moment === 1 && frame.time === 7.25));
  const before = plan.frames.findIndex((frame) => frame.moment === 1);
  assert.ok(plan.frames[before - 1].time < 7.25);
  assert.ok(plan.frames[before + held.length + 1].time > 7.25);
});

test('an asked length spreads the motion over what the holds and the closing card leave', () => {
  const plan = planFrames({ start: 0, end: 10, fps: 30, seconds: 20, moments: [{ at: 5 }], holdMoments: true });
  assert.equal(plan.frames.length, 600);
  const moving = plan.frames.filter((frame) => !frame.endCard && frame.moment === null);
  assert.equal(moving.length, (20 - HOLD_SECONDS - END_CARD_SECONDS) * 30);
});

test('faults are refused naming the value', () => {
  assert.throws(() => planFrames({ start: 3, end: 2, fps: 30 }), /span must run forwards/);
  assert.throws(() => planFrames({ start: 0, end: 2, fps: 0 }), /fps must be/);
  assert.throws(() => planFrames({ start: 0, end: 2, fps: 61 }), /fps must be/);
  assert.throws(() => planFrames({ start: 0, end: 2, fps: 30, seconds: 2.5, moments: [{ at: 1 }], holdMoments: true }), /seconds must be more than 3/);
});

test('the scale bar is a round distance no longer than the room', () => {
  assert.equal(roundDistance(4999), 3000);
  assert.equal(roundDistance(5000), 5000);
  assert.equal(roundDistance(190), 100);
  assert.equal(roundDistance(27000), 20000);
  assert.equal(distanceLabel(20000), '20 km');
  assert.equal(distanceLabel(500), '500 m');
  const bar = scaleBar(312.5, 130);
  assert.equal(bar.label, '30 km');
  assert.ok(bar.pixels <= 130 && bar.pixels > 65, `${bar.pixels} px`);
  assert.throws(() => scaleBar(0, 100), /positive/);
});

// Tests for the embed's date-changed throttle: a few reports a second while playing, always one at the stop.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DateReporter, REPORT_INTERVAL_MS } from '../../static/battlemap/js/embed/date-reporter.js';

/** A reporter on a fake clock: `advance(ms)` runs the timers that fall due. */
function fakeReporter() {
  let now = 0;
  const timers = new Map();
  let nextId = 1;
  const sent = [];
  const reporter = new DateReporter({
    send: (message) => sent.push(message),
    now: () => now,
    setTimer: (fn, ms) => { const id = nextId++; timers.set(id, { fn, at: now + ms }); return id; },
    clearTimer: (id) => timers.delete(id),
  });
  const advance = (ms) => {
    const end = now + ms;
    for (;;) {
      const due = [...timers].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      timers.delete(due[0]);
      now = due[1].at;
      due[1].fn();
    }
    now = end;
  };
  return { reporter, sent, advance };
}

test('sixty changes a second while playing give at most about four reports a second', () => {
  const { reporter, sent, advance } = fakeReporter();
  for (let frame = 0; frame < 120; frame++) {
    reporter.update(`m${frame}`, `m${frame}`);
    advance(1000 / 60);
  }
  // Two seconds: the first at once, then one every interval.
  assert.ok(sent.length <= 2 * 1000 / REPORT_INTERVAL_MS + 1, `${sent.length} reports`);
  assert.ok(sent.length >= 6, `${sent.length} reports`);
  assert.equal(sent[0], 'm0');
});

test('a trailing report carries the latest value, and the stop is always reported', () => {
  const { reporter, sent, advance } = fakeReporter();
  reporter.update('a', 'a');
  reporter.update('b', 'b');
  reporter.update('c', 'c');
  assert.deepEqual(sent, ['a']);
  advance(REPORT_INTERVAL_MS);
  assert.deepEqual(sent, ['a', 'c']);
  reporter.update('d', 'd');
  reporter.stopped('d', 'd');
  assert.deepEqual(sent, ['a', 'c', 'd'], 'the stop is sent at once');
  advance(1000);
  assert.deepEqual(sent, ['a', 'c', 'd'], 'nothing stale follows the stop');
  reporter.stopped('d', 'd');
  assert.deepEqual(sent, ['a', 'c', 'd', 'd'], 'a stop is reported even when the date did not change');
});

test('a change back to what was last sent cancels the pending report', () => {
  const { reporter, sent, advance } = fakeReporter();
  reporter.update('a', 'a');
  reporter.update('b', 'b');
  reporter.update('a', 'a');
  advance(1000);
  assert.deepEqual(sent, ['a']);
});

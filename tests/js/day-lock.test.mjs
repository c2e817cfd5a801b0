// DayLock: the compare page's two timelines on the same day of each operation, without echoes chasing each other.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DayLock, sameDay } from '../../static/battlemap/pages/day-lock.js';

const days = (first, count, month) => Array.from({ length: count }, (_, i) => `${month}-${String(first + i).padStart(2, '0')}`);
const Y1942 = days(12, 19, '1942-05');  // 12..30 May
const Y1943 = days(3, 21, '1943-08');   // 3..23 August

function locked() {
  const lock = new DayLock(['left', 'right']);
  lock.setDates('left', Y1942);
  lock.setDates('right', Y1943);
  lock.locked = true;
  return lock;
}

test('day n of one operation is day n of the other, the last day when it is shorter', () => {
  assert.equal(sameDay(Y1942, Y1943, '1942-05-14'), '1943-08-05');
  assert.equal(sameDay(Y1943, Y1942, '1943-08-23'), '1942-05-30');
  assert.equal(sameDay(Y1942, Y1943, '1941-01-01'), null);
});

test('a move on the left sends the right to the same day and hour; its echo is not sent back', () => {
  const lock = locked();
  assert.deepEqual(lock.report('left', { date: '1942-05-14', time: '12:00' }), { side: 'right', date: '1943-08-05', time: '12:00' });
  assert.equal(lock.report('right', { date: '1943-08-05', time: '12:00' }), null);
  // After the echo, a move of the right is the reader's, and the left follows it.
  assert.deepEqual(lock.report('right', { date: '1943-08-10', time: '00:00' }), { side: 'left', date: '1942-05-19', time: '00:00' });
});

test('while the left plays, echoes that arrive late or out of turn are still echoes', () => {
  const lock = locked();
  const sent = ['06:00', '12:00', '18:00'].map((time) => lock.report('left', { date: '1942-05-14', time }));
  assert.deepEqual(sent.map((command) => command.time), ['06:00', '12:00', '18:00']);
  // The right's reports are throttled: it reports 12:00 and 18:00 only.
  assert.equal(lock.report('right', { date: '1943-08-05', time: '12:00' }), null);
  assert.equal(lock.report('right', { date: '1943-08-05', time: '18:00' }), null);
  assert.deepEqual(lock.pending.get('right'), []);
});

test('unlocked, or before both sides said their dates, nothing follows', () => {
  const lock = new DayLock(['left', 'right']);
  lock.setDates('left', Y1942);
  lock.locked = true;
  assert.equal(lock.report('left', { date: '1942-05-14', time: '12:00' }), null);
  lock.setDates('right', Y1943);
  lock.locked = false;
  assert.equal(lock.report('left', { date: '1942-05-14', time: '12:00' }), null);
  assert.equal(lock.report('middle', { date: '1942-05-14' }), null);
});

test('a date outside the side\'s operation is not followed', () => {
  assert.equal(locked().report('left', { date: '1999-01-01', time: '00:00' }), null);
});

test('the expected echoes of a frame that stopped answering are bounded', () => {
  const lock = locked();
  for (let hour = 0; hour < 20; hour += 1) lock.report('left', { date: '1942-05-14', time: `${String(hour).padStart(2, '0')}:00` });
  assert.equal(lock.pending.get('right').length, 8);
});

// Tests for the timeline's keys: each names its action, and a key that does nothing says why, once the widget shows it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keyHint, timelineAction } from '../../static/battlemap/js/time/timeline-keys.js';

test('the keys name their actions as an ARIA slider does', () => {
  assert.equal(timelineAction({ key: 'ArrowRight' }), 'step-forward');
  assert.equal(timelineAction({ key: 'ArrowLeft', shiftKey: true }), 'previous-event');
  assert.equal(timelineAction({ key: 'PageDown' }), 'previous-event');
  assert.equal(timelineAction({ key: 'PageUp' }), 'next-event');
  assert.equal(timelineAction({ key: ' ' }), 'play');
  assert.equal(timelineAction({ key: 'f' }), null);
});

test('a key that does nothing says why, and one the page takes says nothing', () => {
  assert.match(keyHint({ key: 'PageDown', action: 'previous-event', moved: false }), /^No earlier event/);
  assert.equal(keyHint({ key: 'PageDown', action: 'previous-event', moved: true }), null);
  assert.match(keyHint({ key: 'f' }), /“F” does nothing on the timeline\. Keys here: ← → a day/);
  assert.equal(keyHint({ key: 'f', pageKeys: ['f', 'F'] }), null);
  for (const key of ['Tab', 'Escape', 'Shift', 'Control', ' ']) assert.equal(keyHint({ key }), null, key);
  assert.equal(keyHint({ key: 'Home', action: 'start', moved: false }), null);
});

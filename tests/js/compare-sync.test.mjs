// ViewMirror: one map's move is mirrored on the other, and the echo of that move is not sent back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ViewMirror, sameView } from '../../static/battlemap/pages/compare-sync.js';

const view = (lat, lng, zoom) => ({ lat, lng, zoom });

test('a move on the left is sent to the right, and the right echoing it is not sent back', () => {
  const mirror = new ViewMirror(['left', 'right']);
  assert.deepEqual(mirror.report('left', view(49.5, 36.5, 9)), { side: 'right', view: view(49.5, 36.5, 9) });
  assert.equal(mirror.report('right', view(49.50001, 36.50001, 9)), null);
});

test('after the echo, a real move on the right is sent to the left', () => {
  const mirror = new ViewMirror(['left', 'right']);
  mirror.report('left', view(49.5, 36.5, 9));
  mirror.report('right', view(49.5, 36.5, 9));
  assert.deepEqual(mirror.report('right', view(49.0, 37.0, 10)), { side: 'left', view: view(49.0, 37.0, 10) });
});

test('a report that differs from the expected echo is a user move and is mirrored', () => {
  const mirror = new ViewMirror(['left', 'right']);
  mirror.report('left', view(49.5, 36.5, 9));
  assert.deepEqual(mirror.report('right', view(48.0, 36.5, 9)), { side: 'left', view: view(48.0, 36.5, 9) });
});

test('reports from an unknown frame are ignored; sameView needs both views', () => {
  const mirror = new ViewMirror(['left', 'right']);
  assert.equal(mirror.report('middle', view(1, 2, 3)), null);
  assert.equal(sameView(undefined, view(1, 2, 3)), false);
  assert.equal(sameView(view(1, 2, 3), view(1, 2, 3.5)), false);
});

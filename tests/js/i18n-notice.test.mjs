// The address notice's sentences in any language: one full stop, even when the date shown ends with one ('1942 р.').
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { noticeLines } from '../../static/battlemap/js/controls/notice-panel.js';

test('a notice line ends with one full stop, whether or not what is shown instead ends with one', () => {
  const lines = noticeLines({
    urlProblems: [{ field: 'date', raw: 'banana', message: 'очікується РРРР-ММ-ДД' }, { field: 'zoom', raw: '99', message: 'out of range' }],
    optionProblems: ['autoplay must be 0 or 1, got "yes"; using 0', 'already a sentence.'],
    describe: (field) => (field === 'date' ? 'показано 11 травня 1942\u00a0р.' : 'keeping the view'),
  });
  assert.deepEqual(lines, [
    'date=banana: очікується РРРР-ММ-ДД; показано 11 травня 1942\u00a0р.',
    'zoom=99: out of range; keeping the view.',
    'autoplay must be 0 or 1, got "yes"; using 0.',
    'already a sentence.',
  ]);
});

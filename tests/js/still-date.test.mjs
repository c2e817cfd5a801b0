// The embed's still shows the day the map shows: each address of its srcset gets the new date, nothing else changes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stillSrcsetFor } from '../../static/battlemap/js/embed/still-date.js';

test('every picture of the srcset takes the date', () => {
  const srcset = '/operations/k/preview.png?date=1942-05-12&width=200 200w, /operations/k/preview.png?date=1942-05-12&width=400 400w';
  assert.equal(stillSrcsetFor(srcset, '1942-05-24'),
    '/operations/k/preview.png?date=1942-05-24&width=200 200w, /operations/k/preview.png?date=1942-05-24&width=400 400w');
});

test('a slug with a date-like name is left alone; a bad date is refused by name', () => {
  assert.equal(stillSrcsetFor('/operations/1942-05-12/preview.png?date=1942-05-12&width=200 200w', '1942-05-13'),
    '/operations/1942-05-12/preview.png?date=1942-05-13&width=200 200w');
  assert.throws(() => stillSrcsetFor('x', 'May 13'), /'May 13' is not a YYYY-MM-DD date/);
});

// compareHref: the comparison link carries the page's view and date.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareHref, printHref } from '../../static/battlemap/js/map/compare-link.js';

test('center, zoom and the date (as left_date) travel from the page to the comparison', () => {
  const href = compareHref('/compare/?left=a&right=b', '?date=1942-05-24T06:00&center=49.2000,36.6000&zoom=9&layers=areas');
  const url = new URL(href, 'http://x');
  assert.equal(url.pathname, '/compare/');
  assert.equal(url.searchParams.get('left'), 'a');
  assert.equal(url.searchParams.get('right'), 'b');
  assert.equal(url.searchParams.get('center'), '49.2000,36.6000');
  assert.equal(url.searchParams.get('zoom'), '9');
  assert.equal(url.searchParams.get('left_date'), '1942-05-24');
  assert.equal(url.searchParams.has('layers'), false);
});

test('a page without a view in its URL leaves the comparison to its defaults', () => {
  assert.equal(compareHref('/compare/?left=a&right=b', ''), '/compare/?left=a&right=b');
});

test('the link is rebuilt from its original href each time, not accumulated', () => {
  const first = compareHref('/compare/?left=a&right=b', '?zoom=7');
  const second = compareHref('/compare/?left=a&right=b', '?zoom=10');
  assert.equal(new URL(first, 'http://x').searchParams.get('zoom'), '7');
  assert.equal(new URL(second, 'http://x').searchParams.getAll('zoom').join(), '10');
});

test('the handout link prints the current day of the page', () => {
  assert.equal(printHref('/operations/k/print/', '?date=1942-05-24T06:00&zoom=9'), '/operations/k/print/?date=1942-05-24');
  assert.equal(printHref('/operations/k/print/', ''), '/operations/k/print/');
});

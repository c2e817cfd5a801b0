// Tests for the text helpers: days and times of the clock, and sources as one line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dayAndShortMonth, describeDay, describeTime, formatSource, longDate, shortDay } from '../../static/battlemap/js/time/format.js';
import { TimelineIndex } from '../../static/battlemap/js/time/timeline-index.js';

const timeline = JSON.parse(readFileSync(new URL('./fixtures/timeline.json', import.meta.url), 'utf8'));
const index = new TimelineIndex(timeline);
const first = new Date(`${timeline.dates[0]}T00:00:00Z`);
const day = (offset) => new Date(first.getTime() + offset * 86400000);
const long = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

test('describeDay names the day of a clock time, whatever its hour', () => {
  assert.equal(describeDay(index, 1.75), long.format(day(1)));
  assert.match(describeDay(index, 0), /^\d{1,2} [A-Z][a-z]+ \d{4}$/);
});

test('describeTime adds the time of day', () => {
  assert.equal(describeTime(index, 1.25), `${long.format(day(1))}, 06:00`);
  assert.equal(describeTime(index, 0), `${long.format(day(0))}, 00:00`);
});

test('shortDay is day and short month', () => {
  assert.match(shortDay(index, 2), /^\d{1,2} [A-Z][a-z]{2,3}$/);
});

test('dates are written as Intl writes them in British English, on every day of a leap year and of the years the operations span', () => {
  const short = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
  for (const year of [1941, 1942, 1943, 1944, 2024]) {
    for (let ms = Date.UTC(year, 0, 1); ms < Date.UTC(year + 1, 0, 1); ms += 86400000) {
      const date = new Date(ms);
      assert.equal(longDate(date), long.format(date));
      assert.equal(dayAndShortMonth(date), short.format(date));
    }
  }
});

test('formatSource joins what the source gives and falls back to its id', () => {
  assert.equal(formatSource({ author: 'Glantz', year: '1998', title: 'Kharkov 1942', pages: '12-14' }, 'g'),
    'Glantz (1998) Kharkov 1942 pp. 12-14');
  assert.equal(formatSource({ author: 'Glantz', title: 'Kharkov 1942' }, 'g'), 'Glantz Kharkov 1942');
  assert.equal(formatSource(undefined, 'nobody1999'), 'nobody1999');
});

// Tests for the embed's query options: defaults, each value parsed, each bad value named.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseEmbedOptions, spanOf } from '../../static/battlemap/js/embed/embed-options.js';

test('defaults when the query says nothing', () => {
  assert.deepEqual(parseEmbedOptions(''), {
    options: { autoplay: false, loop: false, story: false, controls: 'full', theme: 'light', from: null, to: null },
    problems: [],
  });
});

test('each option is read', () => {
  const { options, problems } = parseEmbedOptions('?autoplay=1&loop=1&story=1&controls=minimal&theme=dark&from=1942-05-22&to=1942-05-28');
  assert.deepEqual(problems, []);
  assert.deepEqual(options, { autoplay: true, loop: true, story: true, controls: 'minimal', theme: 'dark', from: '1942-05-22', to: '1942-05-28' });
});

test('a bad value keeps its default and is named', () => {
  const { options, problems } = parseEmbedOptions('?controls=some&autoplay=yes&from=May');
  assert.equal(options.controls, 'full');
  assert.equal(options.autoplay, false);
  assert.equal(options.from, null);
  assert.equal(problems.length, 3);
  assert.match(problems.join('\n'), /controls must be one of full, minimal, none, got "some"/);
  assert.match(problems.join('\n'), /autoplay must be 0 or 1, got "yes"/);
});

test('from after to is refused', () => {
  const { options, problems } = parseEmbedOptions('?from=1942-05-28&to=1942-05-22');
  assert.equal(options.from, null);
  assert.match(problems[0], /after/);
});

test('span: from its day to the end of the to day', () => {
  const dates = ['1942-05-20', '1942-05-21', '1942-05-22', '1942-05-23'];
  const timeOf = (d) => (dates.includes(d) ? dates.indexOf(d) : undefined);
  assert.deepEqual(spanOf({ from: '1942-05-21', to: '1942-05-22' }, timeOf, 4), { minTime: 1, maxTime: 3 - 1 / 1440 });
  assert.deepEqual(spanOf({ from: null, to: null }, timeOf, 4), { minTime: 0, maxTime: 4 });
});

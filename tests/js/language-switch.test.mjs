import { test } from 'node:test';
import assert from 'node:assert/strict';
import { switchHref } from '../../static/battlemap/js/controls/language-switch.js';

test('the switch keeps the query and sets lang', () => {
  assert.equal(switchHref('?date=1942-05-22T12:00&pov=east', 'uk'), '?date=1942-05-22T12:00&pov=east&lang=uk');
  assert.equal(switchHref('?lang=de&center=49.3000,36.7000&zoom=8', 'ru'), '?lang=ru&center=49.3000,36.7000&zoom=8');
  assert.equal(switchHref('', 'en'), '?lang=en');
});

test('a value the address holds escaped stays escaped', () => {
  assert.equal(switchHref('?q=a%26b', 'de'), '?q=a%26b&lang=de');
});

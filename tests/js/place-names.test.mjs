// Place names as in the operation's year or today: the mode in the address, the names chosen and the label.
import assert from 'node:assert/strict';
import test from 'node:test';

import { modeLabels, nameLanguage, namesFor, nameModeFrom, periodName, searchWithNameMode, todayName } from '../../static/battlemap/js/layers/place-names.js';

const kharkov = { name: 'Kharkov', modern_name: 'Kharkiv', kind: 'city', period_name: 'Харків', today_name: 'Харків' };
const untranslated = { name: 'Balakleya', modern_name: 'Balakliia', kind: 'town', period_name: 'Balakleya', period_name_lang: 'en', today_name: 'Balakliia', today_name_lang: 'en' };

test('the mode comes from ?names=, anything else is the period', () => {
  assert.equal(nameModeFrom('?names=today'), 'today');
  assert.equal(nameModeFrom('?date=1942-05-12&names=period'), 'period');
  assert.equal(nameModeFrom('?names=<b>'), 'period');
  assert.equal(nameModeFrom(''), 'period');
});

test('the address keeps its other fields and drops names= for the default', () => {
  assert.equal(searchWithNameMode('?date=1942-05-12&lang=uk', 'today'), '?date=1942-05-12&lang=uk&names=today');
  assert.equal(searchWithNameMode('?names=today&lang=uk', 'period'), '?lang=uk');
  assert.equal(searchWithNameMode('?names=today', 'period'), '');
});

test('the names come from the language, else the layers', () => {
  assert.deepEqual(namesFor(kharkov, 'today'), { shown: 'Харків', other: 'Харків' });
  assert.equal(periodName({ name: 'Izyum' }), 'Izyum');
  assert.equal(todayName({ name: 'Izyum', modern_name: 'Izium' }), 'Izium');
  assert.equal(todayName({ name: 'Izyum', modern_name: '' }), 'Izyum');
  assert.deepEqual(namesFor(untranslated, 'period'), { shown: 'Balakleya', other: 'Balakliia' });
});

test('a name left in English says so', () => {
  assert.equal(nameLanguage(untranslated, 'today'), 'en');
  assert.equal(nameLanguage(kharkov, 'today'), null);
});

test('the switch is labelled by the operation year', () => {
  assert.deepEqual(modeLabels('1943-08-03'), { period: 'As in 1943', today: 'Today' });
  const german = { 'As in %(year)s': 'Wie %(year)s', Today: 'Heute' };
  assert.deepEqual(modeLabels('1942-05-11', (text) => german[text]), { period: 'Wie 1942', today: 'Heute' });
});

import { mentionOf } from '../../static/battlemap/js/layers/place-names.js';
import { namesIn } from '../../static/battlemap/js/layers/named-places.js';

const found = (name, text) => new RegExp(mentionOf(name).pattern, 'u').test(text);

test('a Latin name is found whole, as before', () => {
  assert.ok(found('Orel', 'reaching the Orel.'));
  assert.ok(!found('Orel', 'near Orelka'));
  assert.ok(found('Charkow', 'bei Charkow (heute Charkiw)'));
});

test('a Cyrillic name is found with its case endings, not a longer name on its stem', () => {
  assert.ok(found('Харків', 'на південь від Харкова'));
  assert.ok(found('Харків', 'до Харкова і Харкову'));
  assert.ok(found('Чугуїв', 'біля Чугуєва'));
  assert.ok(found('Балаклія', 'з Балаклії'));
  assert.ok(found('Красноград', 'до Краснограда'));
  assert.ok(found('Орель', 'выходят к Орели'));
  assert.ok(!found('Орель', 'у Орельки'));
  assert.ok(!found('Лозовая', 'у Лозовеньки'));
  assert.ok(found('Харьков', 'под Харьковом'));
});

test('the day\'s story names its places in the page language', () => {
  const places = [
    { name: 'Kharkov', period_name: 'Харків' },
    { name: 'Lozovaya', period_name: 'Лозова' },
    { name: 'Lozovenka', period_name: 'Лозовенька' },
  ];
  assert.deepEqual([...namesIn(['Бої на південь від Харкова, біля Лозовеньки.'], places)].sort(), ['Kharkov', 'Lozovenka']);
  assert.deepEqual([...namesIn(['Fighting south of Kharkov.'], places)], ['Kharkov']);
});

// Tests for core/i18n.js and core/plural-rule.js: messages, plural forms, contexts, interpolation, and English by default.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gettext, interpolate, language, ngettext, npgettext, pgettext, useStrings } from '../../static/battlemap/js/core/i18n.js';
import { pluralRule } from '../../static/battlemap/js/core/plural-rule.js';

const SLAVIC = '(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2)';
const UKRAINIAN = {
  lang: 'uk',
  plural: SLAVIC,
  catalog: {
    'Play (Space)': 'Відтворити (пробіл)',
    '%(count)s day, one page': ['%(count)s день, одна сторінка', '%(count)s дні, одна сторінка', '%(count)s днів, одна сторінка'],
    'unit status\u0004encircled': 'в оточенні',
    'half\u0004%(count)s day': ['%(count)s день (ч)', '%(count)s дні (ч)', '%(count)s днів (ч)'],
  },
};

test('with no catalogue (node has no page) every message is its msgid, in English', () => {
  assert.equal(language(), 'en');
  assert.equal(gettext('Play (Space)'), 'Play (Space)');
  assert.equal(ngettext('%(count)s day, one page', '%(count)s days, one page', 1), '%(count)s day, one page');
  assert.equal(ngettext('%(count)s day, one page', '%(count)s days, one page', 0), '%(count)s days, one page');
  assert.equal(ngettext('%(count)s day, one page', '%(count)s days, one page', 5), '%(count)s days, one page');
  assert.equal(pgettext('unit status', 'encircled'), 'encircled');
  assert.equal(npgettext('half', '%(count)s day', '%(count)s days', 2), '%(count)s days');
});

test('Ukrainian: messages, three plural forms, contexts, and the msgid for what the catalogue lacks', () => {
  useStrings(UKRAINIAN);
  try {
    assert.equal(language(), 'uk');
    assert.equal(gettext('Play (Space)'), 'Відтворити (пробіл)');
    assert.equal(gettext('Not in the catalogue'), 'Not in the catalogue');
    const pages = (n) => interpolate(ngettext('%(count)s day, one page', '%(count)s days, one page', n), { count: n });
    assert.deepEqual([1, 2, 4, 5, 11, 12, 21, 22, 25, 101, 111].map(pages), [
      '1 день, одна сторінка', '2 дні, одна сторінка', '4 дні, одна сторінка', '5 днів, одна сторінка',
      '11 днів, одна сторінка', '12 днів, одна сторінка', '21 день, одна сторінка', '22 дні, одна сторінка',
      '25 днів, одна сторінка', '101 день, одна сторінка', '111 днів, одна сторінка',
    ]);
    assert.equal(ngettext('%(count)s unknown', '%(count)s unknowns', 3), '%(count)s unknowns');
    assert.equal(pgettext('unit status', 'encircled'), 'в оточенні');
    assert.equal(pgettext('certainty', 'encircled'), 'encircled');
    assert.equal(npgettext('half', '%(count)s day', '%(count)s days', 3), '%(count)s дні (ч)');
    assert.equal(npgettext('other', '%(count)s day', '%(count)s days', 3), '%(count)s days');
  } finally {
    useStrings();
  }
});

test('German has two forms (n != 1)', () => {
  useStrings({ lang: 'de', plural: '(n != 1)', catalog: { '%(count)s day, one page': ['%(count)s Tag, eine Seite', '%(count)s Tage, eine Seite'] } });
  try {
    assert.equal(ngettext('%(count)s day, one page', '%(count)s days, one page', 1), '%(count)s Tag, eine Seite');
    assert.equal(ngettext('%(count)s day, one page', '%(count)s days, one page', 0), '%(count)s Tage, eine Seite');
    assert.equal(ngettext('%(count)s day, one page', '%(count)s days, one page', 0.5), '%(count)s Tage, eine Seite');
  } finally {
    useStrings();
  }
});

test('interpolate fills named placeholders as text, keeps %% as %, and names what is missing', () => {
  assert.equal(interpolate('%(date)s, %(time)s', { date: '12 травня 1942 р.', time: '06:30' }), '12 травня 1942 р., 06:30');
  assert.equal(interpolate('%(a)s and %(a)s: 100%%', { a: '<b>' }), '<b> and <b>: 100%');
  assert.equal(interpolate('no placeholders'), 'no placeholders');
  assert.throws(() => interpolate('%(count)s units', {}), /no value for 'count' in '%\(count\)s units'/);
  assert.throws(() => interpolate('%s units', { count: 1 }), /'%s' needs a name/);
});

test('plural rules: gettext expressions read without eval, as gettext computes them', () => {
  const slavic = pluralRule(SLAVIC);
  const expected = (n) => (n % 10 === 1 && n % 100 !== 11 ? 0 : n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 10 || n % 100 >= 20) ? 1 : 2);
  for (let n = 0; n <= 1000; n++) assert.equal(slavic(n), expected(n), String(n));
  // Django's own Ukrainian expression (four forms, the fourth for fractions) reads too.
  const django = pluralRule('(n % 1 == 0 && n % 10 == 1 && n % 100 != 11 ? 0 : n % 1 == 0 && n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? 1 : n % 1 == 0 && (n % 10 ==0 || (n % 10 >=5 && n % 10 <=9) || (n % 100 >=11 && n % 100 <=14 )) ? 2: 3);');
  assert.deepEqual([1, 3, 7, 1.5].map(django), [0, 1, 2, 3]);
  assert.deepEqual([0, 1, 2].map(pluralRule('n != 1')), [1, 0, 1]);
  assert.deepEqual([0, 1, 2].map(pluralRule('0')), [0, 0, 0]);
  assert.deepEqual([0, 1, 2, 3].map(pluralRule('n==1 ? 0 : !(n%2) ? 1 : 2')), [1, 0, 1, 2]);
});

test('a bad plural expression is a SyntaxError naming it', () => {
  for (const bad of ['n ==', '(n != 1', 'n ? 1', 'alert(1)', 'n != 1) (']) {
    assert.throws(() => pluralRule(bad), (error) => error instanceof SyntaxError && error.message.includes(JSON.stringify(bad).slice(1, 4)), bad);
  }
});

// Dates and numbers in each language, written from tables without Intl (time/date-names.js, core/number-format.js), checked against Intl.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dayAndShortMonth, describeDay, describeTime, longDate, shortDay } from '../../static/battlemap/js/time/format.js';
import { dateNamesFor } from '../../static/battlemap/js/time/date-names.js';
import { formatNumber } from '../../static/battlemap/js/core/number-format.js';
import { useStrings } from '../../static/battlemap/js/core/i18n.js';
import { TimelineIndex } from '../../static/battlemap/js/time/timeline-index.js';

/** Our language codes and the Intl locale each is checked against. */
const LOCALES = { en: 'en-GB', uk: 'uk', de: 'de', ru: 'ru' };
const YEARS = [1941, 1942, 1943, 1944, 1945, 2024];

/** Intl's date with the no-break space time/date-names.js puts between the year and 'р.' / 'г.'. */
function asWeWriteIt(intlDate) {
  return intlDate.replace(/ (р\.|г\.)$/, '\u00a0$1');
}

function everyDay(year, visit) {
  for (let ms = Date.UTC(year, 0, 1); ms < Date.UTC(year + 1, 0, 1); ms += 86400000) visit(new Date(ms));
}

for (const [lang, locale] of Object.entries(LOCALES)) {
  test(`${lang}: every day's long date and day-and-short-month are Intl's (${locale}), in 1941-45 and a leap year`, () => {
    const long = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    const short = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
    let checked = 0;
    for (const year of YEARS) {
      everyDay(year, (date) => {
        assert.equal(longDate(date, lang), asWeWriteIt(long.format(date)));
        assert.equal(dayAndShortMonth(date, lang), short.format(date));
        checked += 1;
      });
    }
    assert.equal(checked, 6 * 365 + 2);
  });

  test(`${lang}: numbers are grouped and pointed as Intl.NumberFormat(${locale}) writes them`, () => {
    const intl = new Intl.NumberFormat(locale);
    const values = [0, -0, 1, 0.25, 0.5, 2.5, 999, 1000, 1234.5, 9999.9995, 12345, 20000, 240000, 640000, 1234567.891, -1234567.125, 1.0005, 1e15];
    let seed = 42;
    const random = () => { seed = (seed * 16807) % 2147483647; return seed / 2147483647; };
    for (let i = 0; i < 2000; i++) values.push(Math.round((random() - 0.5) * 10 ** (1 + Math.floor(random() * 12))) / 10 ** Math.floor(random() * 6));
    for (const value of values) assert.equal(formatNumber(value, { lang }), intl.format(value), String(value));
    const oneDecimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    for (const value of [0.04, 0.6, 1.25, 12.96, 1536.04]) assert.equal(formatNumber(value, { lang, maximumFractionDigits: 1 }), oneDecimal.format(value));
  });
}

test('Ukrainian and Russian name the month in the genitive in a date, as Intl does ("12 травня 1942 р.", "12 мая 1942 г.")', () => {
  const may12 = new Date(Date.UTC(1942, 4, 12));
  assert.equal(longDate(may12, 'uk'), '12 травня 1942\u00a0р.');
  assert.equal(longDate(may12, 'ru'), '12 мая 1942\u00a0г.');
  assert.equal(longDate(may12, 'de'), '12. Mai 1942');
  assert.equal(longDate(may12, 'en'), '12 May 1942');
  assert.equal(formatNumber(240000, { lang: 'ru' }), '240\u00a0000');
  assert.equal(formatNumber(1000, { lang: 'de' }), '1.000');
});

test('a language we do not have falls back to British English; regional codes use their language', () => {
  assert.equal(dateNamesFor('fr'), dateNamesFor('en'));
  assert.equal(dateNamesFor('de-AT'), dateNamesFor('de'));
  assert.equal(dateNamesFor('en-gb'), dateNamesFor('en'));
  assert.throws(() => formatNumber('many'), /"many" is not a finite number/);
  assert.throws(() => formatNumber(Infinity), /not a finite number/);
});

test('the clock\'s days follow the page\'s language (its catalogue\'s lang)', () => {
  const timeline = JSON.parse(readFileSync(new URL('./fixtures/timeline.json', import.meta.url), 'utf8'));
  const index = new TimelineIndex(timeline);
  const first = new Date(`${timeline.dates[0]}T00:00:00Z`);
  useStrings({ lang: 'uk', catalog: { '%(date)s, %(time)s': '%(date)s, %(time)s' }, plural: null });
  try {
    const uk = new Intl.DateTimeFormat('uk', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    assert.equal(describeDay(index, 0.5), asWeWriteIt(uk.format(first)));
    assert.equal(describeTime(index, 0.25), `${asWeWriteIt(uk.format(first))}, 06:00`);
    assert.equal(shortDay(index, 0), new Intl.DateTimeFormat('uk', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(first));
    assert.equal(formatNumber(1234.5), '1\u00a0234,5');
  } finally {
    useStrings();
  }
  assert.equal(describeDay(index, 0.5), new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(first));
});

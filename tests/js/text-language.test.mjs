// A data text left in English is marked lang="en" with the fallback class; a translated one is not.
import assert from 'node:assert/strict';
import test from 'node:test';

import { fallbackLanguage, markTextLanguage } from '../../static/battlemap/js/core/text-language.js';

function fakeElement() {
  const classes = new Set();
  return {
    lang: '',
    removeAttribute(name) { if (name === 'lang') this.lang = ''; },
    classList: { add: (name) => classes.add(name), remove: (name) => classes.delete(name), contains: (name) => classes.has(name) },
  };
}

test('the language of a field is the API mark, else none', () => {
  assert.equal(fallbackLanguage({ title: 'Fighting', title_lang: 'en' }, 'title'), 'en');
  assert.equal(fallbackLanguage({ title: 'Бої' }, 'title'), null);
  assert.equal(fallbackLanguage(null, 'title'), null);
});

test('an element is marked, and unmarked when reused for a translated text', () => {
  const element = fakeElement();
  assert.equal(markTextLanguage(element, { text: 'x', text_lang: 'en' }, 'text'), element);
  assert.equal(element.lang, 'en');
  assert.ok(element.classList.contains('bm-text-fallback'));
  markTextLanguage(element, { text: 'х' }, 'text');
  assert.equal(element.lang, '');
  assert.ok(!element.classList.contains('bm-text-fallback'));
});

// A data text's language on the page: the page's own, or English where the data has no translation of
// it (the API marks such a field "<field>_lang": "en"); the element then says so (lang="en" and a small
// EN mark, .bm-text-fallback) so that a screen reader reads it in English and a reader knows why.

/** The language a record's `field` is in when it is not the page's ('en'), else null. */
export function fallbackLanguage(record, field) {
  return record?.[`${field}_lang`] || null;
}

/** Mark `element`, which shows `record[field]`, with the text's language when it falls back; returned. */
export function markTextLanguage(element, record, field) {
  const lang = fallbackLanguage(record, field);
  if (lang) {
    element.lang = lang;
    element.classList.add('bm-text-fallback');
  } else {
    element.removeAttribute('lang');
    element.classList.remove('bm-text-fallback');
  }
  return element;
}

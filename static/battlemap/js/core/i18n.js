// The browser's strings in the page's language: gettext and friends over the catalogue the page carries inline
// (templates/battlemap/_browser_strings.html, built by battlemap/i18n_browser.py from locale/*/djangojs.po).
// English is the source language: with no catalogue every message is its own msgid.
import { pluralRule } from './plural-rule.js';

const ENGLISH = { lang: 'en', catalog: {}, plural: null };
const CONTEXT_SEPARATOR = '\x04';

let strings = null;
let pluralIndex = null;

function englishPlural(count) {
  return count === 1 ? 0 : 1;
}

function readPageStrings() {
  const element = typeof document === 'undefined' ? null : document.getElementById('battlemap-strings');
  if (!element) return ENGLISH;
  try {
    return JSON.parse(element.textContent);
  } catch (error) {
    console.warn('battlemap: the page\'s strings (#battlemap-strings) are not JSON; showing English', error);
    return ENGLISH;
  }
}

function current() {
  if (strings === null) useStrings(readPageStrings());
  return strings;
}

/**
 * Use these strings from now on: `{lang, catalog, plural}` as battlemap/i18n_browser.py builds them
 * (catalog: msgid -> text, or -> [forms] for plurals; plural: the gettext plural expression or null).
 */
export function useStrings({ lang = 'en', catalog = {}, plural = null } = {}) {
  strings = { lang, catalog: catalog || {}, plural };
  pluralIndex = plural ? pluralRule(plural) : englishPlural;
}

/** The page's language code ('en', 'uk', 'de', 'ru'). */
export function language() {
  return current().lang;
}

/** The message in the page's language, or the msgid itself. */
export function gettext(msgid) {
  const text = current().catalog[msgid];
  if (typeof text === 'string' && text) return text;
  if (Array.isArray(text) && text[0]) return text[0];
  return msgid;
}

/** The form of a message for `count` in the page's language (Ukrainian and Russian have three). */
export function ngettext(singular, plural, count) {
  const forms = current().catalog[singular];
  if (Array.isArray(forms)) {
    const form = forms[pluralIndex(count)];
    if (form) return form;
  }
  return englishPlural(count) === 0 ? singular : plural;
}

/** A message in a context (the same English word meaning two things). */
export function pgettext(context, msgid) {
  const text = gettext(`${context}${CONTEXT_SEPARATOR}${msgid}`);
  return text.includes(CONTEXT_SEPARATOR) ? msgid : text;
}

/** A plural message in a context. */
export function npgettext(context, singular, plural, count) {
  const text = ngettext(`${context}${CONTEXT_SEPARATOR}${singular}`, `${context}${CONTEXT_SEPARATOR}${plural}`, count);
  return text.includes(CONTEXT_SEPARATOR) ? (englishPlural(count) === 0 ? singular : plural) : text;
}

/**
 * The format with each %(name)s replaced by values[name] (as text, never HTML) and %% by %:
 * interpolate(gettext('%(count)s units'), {count: 3}). A name the values lack is an error naming it.
 */
export function interpolate(format, values = {}) {
  return format.replace(/%(?:\((\w+)\))?([sd%])/g, (whole, name, kind) => {
    if (kind === '%') return '%';
    if (name === undefined) throw new Error(`interpolate: '${whole}' needs a name, as in %(count)s, in '${format}'`);
    if (!(name in values)) throw new Error(`interpolate: no value for '${name}' in '${format}'`);
    return String(values[name]);
  });
}

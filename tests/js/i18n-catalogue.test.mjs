// Every message the browser code asks for is in each language's djangojs.po, translated (makemessages found them all).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SOURCES = ['static/battlemap/js', 'static/battlemap/pages'];
const LANGUAGES = ['uk', 'de', 'ru'];
/** Forms each language's plural messages need (Ukrainian and Russian: one, few, many). */
const PLURAL_FORMS = { uk: 3, de: 2, ru: 3 };

function sourceFiles(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : name.endsWith('.js') ? [path] : [];
  });
}

const STRING = String.raw`'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"`;
const CALL = new RegExp(String.raw`\b(n?p?gettext)\(\s*((?:${STRING})(?:\s*\+\s*(?:${STRING}))*)(?:\s*,\s*((?:${STRING})(?:\s*\+\s*(?:${STRING}))*))?(?:\s*,\s*((?:${STRING})))?`, 'g');

/** A JS string literal (or literals joined by +) as its text. */
function literal(source) {
  return [...source.matchAll(new RegExp(STRING, 'g'))].map(([text]) => text.slice(1, -1).replace(/\\(.)/g, '$1')).join('');
}

/** The messages the sources ask for: {key (context\u0004msgid), plural, where}. */
function requestedMessages() {
  const messages = new Map();
  for (const folder of SOURCES) {
    for (const file of sourceFiles(join(ROOT, folder))) {
      // Comments left out: a doc comment's example call is no message.
      const source = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
      for (const match of source.matchAll(CALL)) {
        const [, name, first, second, third] = match;
        const context = name === 'pgettext' || name === 'npgettext' ? literal(first) : null;
        const msgid = context === null ? literal(first) : literal(second);
        const plural = name.startsWith('n') ? literal(context === null ? second : third) : null;
        messages.set(context === null ? msgid : `${context}\u0004${msgid}`, { plural, where: relative(ROOT, file) });
      }
    }
  }
  return messages;
}

/** A .po file's entries: key -> {msgstr: [..], fuzzy}. */
export function readPo(text) {
  const entries = new Map();
  for (const block of text.split(/\n\s*\n/)) {
    const lines = block.split('\n').filter((line) => !line.startsWith('#~'));
    const fields = {};
    let current = null;
    for (const line of lines) {
      const start = line.match(/^(msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?) "(.*)"$/);
      if (start) { current = start[1]; fields[current] = start[2]; continue; }
      const more = line.match(/^"(.*)"$/);
      if (more && current) fields[current] += more[1];
    }
    if (fields.msgid === undefined || fields.msgid === '') continue;
    const unescape = (text) => text.replace(/\\n/g, '\n').replace(/\\(.)/g, '$1');
    const key = fields.msgctxt !== undefined ? `${unescape(fields.msgctxt)}\u0004${unescape(fields.msgid)}` : unescape(fields.msgid);
    const msgstr = Object.keys(fields).filter((name) => name.startsWith('msgstr')).sort().map((name) => unescape(fields[name]));
    entries.set(key, { msgstr, plural: fields.msgid_plural !== undefined, fuzzy: /^#,.*\bfuzzy\b/m.test(block) });
  }
  return entries;
}

const requested = requestedMessages();

test('the sources ask for messages (the extraction pattern still finds gettext calls)', () => {
  assert.ok(requested.size > 100, `only ${requested.size} messages found`);
  assert.ok(requested.has('Play (Space)'));
  assert.ok(requested.has('unit status\u0004encircled'));
});

for (const lang of LANGUAGES) {
  test(`locale/${lang}/LC_MESSAGES/djangojs.po has every message, translated, with its placeholders`, () => {
    const po = readPo(readFileSync(join(ROOT, `locale/${lang}/LC_MESSAGES/djangojs.po`), 'utf8'));
    const problems = [];
    for (const [key, { plural, where }] of requested) {
      const entry = po.get(key);
      const shown = JSON.stringify(key.replace('\u0004', ' | '));
      if (!entry) { problems.push(`${shown} (${where}) is missing: run make messages`); continue; }
      if (entry.fuzzy) problems.push(`${shown} is fuzzy`);
      const forms = plural ? PLURAL_FORMS[lang] : 1;
      if (entry.msgstr.length < forms || entry.msgstr.slice(0, forms).some((text) => !text)) problems.push(`${shown} is not translated (${forms} form(s))`);
      const names = (text) => [...text.matchAll(/%\((\w+)\)s/g)].map((m) => m[1]).sort().join(',');
      const wanted = names(key.split('\u0004').pop());
      for (const text of entry.msgstr.filter(Boolean)) {
        if (!plural && names(text) !== wanted) problems.push(`${shown}: translation ${JSON.stringify(text)} has placeholders ${names(text)}, not ${wanted}`);
      }
    }
    assert.deepEqual(problems, []);
  });
}

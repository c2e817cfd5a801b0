// The browser code keeps its rooms: entries alone at the root, concept folders below, files and functions a reader can hold in mind.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../static/battlemap/js/', import.meta.url));
/** The pages' entries (and the field worker's, a script of its own): the only files at the root. */
const ENTRIES = ['embed-page.js', 'field-worker.js', 'operation-page.js'];
/** Generated, not written by hand (tools/build/symbol-sprite.mjs). */
const GENERATED = ['symbols/symbol-sprite.js'];
const MAX_FILE_LINES = 300;
const MAX_FUNCTION_LINES = 80;

function moduleFiles(folder = ROOT) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? moduleFiles(path) : name.endsWith('.js') ? [relative(ROOT, path)] : [];
  });
}

/** The source with its comments and string literals blanked (line breaks kept), in one pass. */
function blankStringsAndComments(source) {
  let out = '';
  let i = 0;
  const blank = (text) => text.replace(/[^\n]/g, ' ');
  while (i < source.length) {
    const two = source.slice(i, i + 2);
    let end = i + 1;
    if (two === '//') end = source.indexOf('\n', i) === -1 ? source.length : source.indexOf('\n', i);
    else if (two === '/*') end = source.indexOf('*/', i + 2) + 2;
    else if ('\'"`'.includes(source[i])) {
      end = i + 1;
      while (end < source.length && source[end] !== source[i]) end += source[end] === '\\' ? 2 : 1;
      end += 1;
    } else {
      out += source[i];
      i += 1;
      continue;
    }
    out += blank(source.slice(i, end));
    i = end;
  }
  return out;
}

/**
 * The functions and methods of a source and their lengths in lines, found by their openings (a
 * `function`, an arrow with a block, a method) and the matching brace. Strings, template literals
 * and comments are blanked first, so a brace inside them does not count.
 */
export function functionLengths(source) {
  const code = blankStringsAndComments(source);
  const opening = /(?:\bfunction\b[^{;]*\)\s*\{|=>\s*\{|^\s*(?:async\s+|static\s+|get\s+|set\s+)*[A-Za-z_$][\w$]*\s*\([^()]*(?:\([^()]*\)[^()]*)*\)\s*\{)/gm;
  const lengths = [];
  for (const match of code.matchAll(opening)) {
    let depth = 0;
    const start = match.index + match[0].length - 1;
    for (let i = start; i < code.length; i++) {
      if (code[i] === '{') depth++;
      else if (code[i] === '}' && --depth === 0) {
        const first = code.slice(0, match.index).split('\n').length;
        const last = code.slice(0, i).split('\n').length;
        lengths.push({ line: first, lines: last - first + 1, head: match[0].trim().slice(0, 60) });
        break;
      }
    }
  }
  return lengths;
}

test('the root of js/ holds only the entries', () => {
  const atRoot = moduleFiles().filter((path) => !path.includes('/')).sort();
  assert.deepEqual(atRoot, ENTRIES);
});

test(`no module is over ${MAX_FILE_LINES} lines`, () => {
  const long = moduleFiles().filter((path) => !GENERATED.includes(path))
    .map((path) => [path, readFileSync(join(ROOT, path), 'utf8').split('\n').length])
    .filter(([, lines]) => lines > MAX_FILE_LINES);
  assert.deepEqual(long, []);
});

test(`no function is over ${MAX_FUNCTION_LINES} lines`, () => {
  const long = moduleFiles().filter((path) => !GENERATED.includes(path)).flatMap((path) =>
    functionLengths(readFileSync(join(ROOT, path), 'utf8'))
      .filter(({ lines }) => lines > MAX_FUNCTION_LINES)
      .map(({ line, lines, head }) => `${path}:${line} ${head} (${lines} lines)`));
  assert.deepEqual(long, []);
});

test('the function measure finds a long function and ignores braces in strings', () => {
  const body = Array.from({ length: 90 }, (_, i) => `  total += ${i}; // {`).join('\n');
  const lengths = functionLengths(`export function long() {\n  let total = '}';\n${body}\n  return total;\n}\nconst short = () => { return '{'; };\n`);
  assert.deepEqual(lengths.map(({ lines }) => lines), [94, 1]);
});

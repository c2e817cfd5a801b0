// Checks that the page preloads every browser module, so none is fetched late, level by level.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const modulesRoot = join(root, 'static/battlemap/js');

function modules(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory()
    ? modules(join(folder, entry.name))
    : entry.name.endsWith('.js') ? [relative(join(root, 'static'), join(folder, entry.name))] : []));
}

// Entry points: the two pages' (the operation page and the embed; a page preloads the modules of
// either), and the field worker's (a worker loads its own modules; preloading it into the page
// would fetch it for nothing).
const ENTRY_POINTS = ['battlemap/js/operation-page.js', 'battlemap/js/embed-page.js', 'battlemap/js/field-worker.js'];

test('every module but the entry points is in _module_preloads.html, and nothing else', () => {
  const template = readFileSync(join(root, 'templates/battlemap/_module_preloads.html'), 'utf8');
  const preloaded = [...template.matchAll(/static '([^']+)'/g)].map((m) => m[1]).sort();
  const expected = modules(modulesRoot).filter((m) => !ENTRY_POINTS.includes(m)).sort();
  assert.deepEqual(preloaded, expected);
});

test('every module opens with a one-line comment saying what it is for', () => {
  for (const module of modules(modulesRoot)) {
    const firstLine = readFileSync(join(root, 'static', module), 'utf8').split('\n')[0];
    assert.match(firstLine, /^\/\/ \S/, module);
  }
});

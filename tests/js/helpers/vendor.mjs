// Loads the vendored d3 UMD builds into a sandbox, as the browser does with classic scripts.
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

const vendor = new URL('../../../static/vendor/', import.meta.url);

export function loadD3() {
  const sandbox = {};
  sandbox.globalThis = sandbox;
  vm.createContext(sandbox);
  for (const file of ['d3-array/d3-array.min.js', 'd3-contour/d3-contour.min.js']) {
    vm.runInContext(readFileSync(new URL(file, vendor), 'utf8'), sandbox, { filename: file });
  }
  return sandbox.d3;
}

export function loadFixture(name = 'timeline.json') {
  return JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8'));
}

// The host page's resize script: sizes the frame a height comes from, from that frame's origin only; bad heights warned.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

const SOURCE = readFileSync(new URL('../../static/battlemap/pages/embed-resize.js', import.meta.url), 'utf8');

/** A host page with `frames` ({src}), the script run `times` times in it. */
function hostPage(frames, times = 1) {
  const listeners = [];
  const warnings = [];
  const attributes = new Set();
  const iframes = frames.map(({ src }) => ({ contentWindow: { src }, style: {}, getAttribute: () => src }));
  const context = {
    URL,
    JSON,
    isFinite,
    Math,
    console: { warn: (text) => warnings.push(text) },
    window: { location: { href: 'https://news.example/story/' }, addEventListener: (type, listener) => listeners.push(listener) },
    document: {
      documentElement: { hasAttribute: (name) => attributes.has(name), setAttribute: (name) => attributes.add(name) },
      getElementsByTagName: () => iframes,
    },
  };
  for (let i = 0; i < times; i += 1) vm.runInNewContext(SOURCE, context);
  const post = (frame, data, origin) => listeners.forEach((listener) => listener({ source: frame.contentWindow, data, origin }));
  return { iframes, warnings, listeners, post };
}

const height = (value) => ({ battlemap: 1, type: 'height', height: value });

test('a height from a frame sizes that frame only', () => {
  const page = hostPage([{ src: 'https://maps.example/embed/a/' }, { src: 'https://maps.example/embed/b/?date=1942-05-24' }]);
  page.post(page.iframes[1], height(412), 'https://maps.example');
  assert.equal(page.iframes[1].style.height, '412px');
  assert.equal(page.iframes[1].style.minHeight, '0', "the snippet's min-height gives way");
  assert.equal(page.iframes[0].style.height, undefined);
  assert.deepEqual(page.warnings, []);
});

test('a height from another origin than the frame shows is warned and ignored', () => {
  const page = hostPage([{ src: 'https://maps.example/embed/a/' }]);
  page.post(page.iframes[0], height(412), 'https://evil.example');
  assert.equal(page.iframes[0].style.height, undefined);
  assert.match(page.warnings[0], /from https:\/\/evil\.example, not the origin of the frame/);
});

test('a relative src is the host page\'s own origin', () => {
  const page = hostPage([{ src: '/embed/a/' }]);
  page.post(page.iframes[0], height(300.4), 'https://news.example');
  assert.equal(page.iframes[0].style.height, '300px');
});

test('a bad height is warned, naming it, and nothing breaks', () => {
  const page = hostPage([{ src: 'https://maps.example/embed/a/' }]);
  for (const bad of ['400', -1, 1e9, null, Number.NaN]) page.post(page.iframes[0], height(bad), 'https://maps.example');
  assert.equal(page.iframes[0].style.height, undefined);
  assert.equal(page.warnings.length, 5);
  assert.match(page.warnings[0], /ignored a height of "400": it must be a number of px from 50 to 5000/);
  page.post(page.iframes[0], height(500), 'https://maps.example');
  assert.equal(page.iframes[0].style.height, '500px');
});

test('other messages, and windows that are not a frame of the page, are not its business', () => {
  const page = hostPage([{ src: 'https://maps.example/embed/a/' }]);
  page.post(page.iframes[0], { battlemap: 1, type: 'date-changed', date: '1942-05-24' }, 'https://maps.example');
  page.post(page.iframes[0], 'hello', 'https://maps.example');
  page.post(page.iframes[0], { sentinel: 'amp', type: 'embed-size', height: 400 }, 'https://maps.example');
  page.listeners.forEach((listener) => listener({ source: {}, data: height(400), origin: 'https://maps.example' }));
  assert.equal(page.iframes[0].style.height, undefined);
  assert.deepEqual(page.warnings, []);
});

test('included twice, it listens once', () => {
  const page = hostPage([{ src: 'https://maps.example/embed/a/' }], 2);
  assert.equal(page.listeners.length, 1);
});

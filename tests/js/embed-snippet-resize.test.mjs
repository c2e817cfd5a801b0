// The responsive snippet carries the host page's resize script; a fixed one keeps its size and needs none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { iframeSnippet } from '../../static/battlemap/js/embed/embed-snippet.js';

const embedUrl = 'https://m.example/embed/k/?date=1942-05-22';
const resizeScript = 'https://m.example/static/battlemap/pages/embed-resize.js';

test('the responsive snippet is the iframe, then the resize script, which loads async', () => {
  const html = iframeSnippet({ embedUrl, title: 'Kharkov', responsive: true, resizeScript });
  const [frame, script] = html.split('\n');
  assert.match(frame, /^<iframe [^>]*aspect-ratio:800\/450;min-height:250px"><\/iframe>$/);
  assert.equal(script, `<script src="${resizeScript}" async></script>`);
});

test('without the script the snippet is a plain iframe; a fixed frame never carries it', () => {
  assert.doesNotMatch(iframeSnippet({ embedUrl, title: 'K', responsive: true }), /<script/);
  assert.doesNotMatch(iframeSnippet({ embedUrl, title: 'K', resizeScript }), /<script/);
});

test("the script's address is escaped", () => {
  const html = iframeSnippet({ embedUrl, title: 'K', responsive: true, resizeScript: 'https://m.example/x.js?a="b"&c' });
  assert.match(html, /<script src="https:\/\/m\.example\/x\.js\?a=&quot;b&quot;&amp;c" async><\/script>/);
});

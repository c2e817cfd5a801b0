// Tests for the iframe snippet: fixed and responsive, lazy, values escaped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { iframeSnippet, embedUrlFor } from '../../static/battlemap/js/embed/embed-snippet.js';

test('fixed snippet has its size and loads lazily', () => {
  const html = iframeSnippet({ embedUrl: 'https://m.example/embed/k/?date=1942-05-22&zoom=8', title: 'Kharkov', width: 640, height: 360 });
  assert.match(html, /width="640" height="360"/);
  assert.match(html, /loading="lazy"/);
  assert.match(html, /src="https:\/\/m.example\/embed\/k\/\?date=1942-05-22&amp;zoom=8"/);
});

test('responsive snippet keeps the ratio', () => {
  const html = iframeSnippet({ embedUrl: 'u', title: 't', width: 800, height: 450, responsive: true });
  assert.match(html, /width:100%;aspect-ratio:800\/450/);
  assert.doesNotMatch(html, / width="/);
});

test('a title from data cannot break out of its attribute', () => {
  const html = iframeSnippet({ embedUrl: 'u', title: '"><script>x</script>' });
  assert.doesNotMatch(html, /<script>/);
  assert.match(html, /title="&quot;&gt;&lt;script&gt;/);
});

test('bad size is refused by name', () => {
  assert.throws(() => iframeSnippet({ embedUrl: 'u', title: 't', width: 0 }), /width and height must be > 0/);
});

test('embed URL keeps the query', () => {
  assert.equal(embedUrlFor({ origin: 'http://h', slug: 'kharkov-1942', search: '?date=1942-05-22' }), 'http://h/embed/kharkov-1942/?date=1942-05-22');
});

// Tests for the iframe snippet: fixed and responsive, lazy, values escaped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { iframeSnippet, embedPageFor, embedUrlFor } from '../../static/battlemap/js/embed/embed-snippet.js';

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
  assert.equal(embedUrlFor({ embedPage: 'http://h/embed/kharkov-1942/', search: '?date=1942-05-22' }), 'http://h/embed/kharkov-1942/?date=1942-05-22');
});

test("the embed speaks the page's language (lang=), whatever the address said", () => {
  const embedPage = 'http://h/embed/kharkov-1942/';
  assert.equal(embedUrlFor({ embedPage, search: '?date=1942-05-22', lang: 'uk' }), 'http://h/embed/kharkov-1942/?date=1942-05-22&lang=uk');
  assert.equal(embedUrlFor({ embedPage, search: '?lang=ru&date=1942-05-22', lang: 'de' }), 'http://h/embed/kharkov-1942/?lang=de&date=1942-05-22');
  assert.equal(embedUrlFor({ embedPage, search: '?date=1942-05-22' }), 'http://h/embed/kharkov-1942/?date=1942-05-22');
});

test('the snippet leaves the view out unless asked to keep it', () => {
  const embedPage = 'https://news.example/embed/kharkov-1942/';
  const search = '?date=1942-05-24T06:00&center=49.3000,36.7000&zoom=7.75&layers=areas,units';
  assert.equal(embedUrlFor({ embedPage, search }), 'https://news.example/embed/kharkov-1942/?date=1942-05-24T06:00&layers=areas,units');
  assert.equal(embedUrlFor({ embedPage, search: '?date=1942-05-24', view: { center: [49.25, 36.5], zoom: 8.125 } }),
    'https://news.example/embed/kharkov-1942/?date=1942-05-24&center=49.2500,36.5000&zoom=8.13');
  assert.equal(embedUrlFor({ embedPage, search: '?zoom=7' }), embedPage);
  // A view the address names already is kept as written.
  assert.equal(embedUrlFor({ embedPage, search: '?center=49.3000,36.7000&zoom=7.75', view: { center: [49.30012, 36.7], zoom: 7.75 } }),
    'https://news.example/embed/kharkov-1942/?center=49.3000,36.7000&zoom=7.75');
});

test("the embed page is found from the page's own address, and none from file://", () => {
  assert.equal(embedPageFor('/embed/kharkov-1942/', 'https://maps.example/operations/kharkov-1942/?date=1942-05-24'),
    'https://maps.example/embed/kharkov-1942/');
  // A static export in a subfolder: its own embed page, not the site root's.
  assert.equal(embedPageFor('../embed/kharkov-1942/index.html', 'https://news.example/graphics/battlemap/kharkov-1942/index.html'),
    'https://news.example/graphics/battlemap/embed/kharkov-1942/index.html');
  assert.equal(embedPageFor('../embed/kharkov-1942/index.html', 'file:///home/me/site/kharkov-1942/index.html'), null);
});

import test from 'node:test';
import assert from 'node:assert/strict';
import { linkableUrl } from '../../static/battlemap/js/core/safe-url.js';

test('http and https URLs become links', () => {
  assert.equal(linkableUrl('https://example.org/a?b=1'), 'https://example.org/a?b=1');
  assert.equal(linkableUrl('  http://example.org '), 'http://example.org/');
});

test('script, data and other schemes never become links', () => {
  for (const value of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<b>x</b>',
    'vbscript:msgbox(1)', 'file:///etc/passwd', 'mailto:a@b.c']) {
    assert.equal(linkableUrl(value), null, value);
  }
});

test('relative, empty and non-string values stay text', () => {
  for (const value of ['/relative', 'example.org', '', '   ', null, undefined, 42, {}]) {
    assert.equal(linkableUrl(value), null, String(value));
  }
});

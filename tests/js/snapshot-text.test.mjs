// The picture's file name, credit line and text wrapping.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { citedInSpan, creditsLine, snapshotFileName, wrapText } from '../../static/battlemap/js/classroom/snapshot-text.js';

test('the file name carries the slug, the date, the time and the resolution', () => {
  assert.equal(snapshotFileName('kharkov-1942', '1942-05-22', '14:30', 1), 'kharkov-1942_1942-05-22T14-30.png');
  assert.equal(snapshotFileName('kharkov-1942', '1942-05-22', '00:00', 2), 'kharkov-1942_1942-05-22@2x.png');
});

test('each cited work is credited once by surname and year, unknown ids skipped', () => {
  const sources = {
    glantz1998: { author: 'David M. Glantz', year: '1998' },
    bock1996: { author: 'Fedor von Bock (ed. Klaus Gerbet)', year: '1996' },
    glantz1998b: { author: 'David M. Glantz', year: '1998' },
  };
  assert.equal(creditsLine(sources, ['glantz1998', 'bock1996', 'glantz1998b', 'nobody']), 'Sources: Glantz (1998); Bock (1996)');
  assert.equal(creditsLine(sources, []), '');
});

test('text wraps at spaces within the width', () => {
  const measure = (text) => text.length;
  assert.deepEqual(wrapText('one two three four', 9, measure), ['one two', 'three', 'four']);
  assert.deepEqual(wrapText('', 9, measure), []);
});

test("a span's credits are the sources its events and key moments cite, most cited first", () => {
  const events = [
    { at: 0.5, sources: ['bock1996'] },
    { at: 2.25, sources: ['wiki2026', 'bock1996'] },
    { at: 2.9, sources: ['wiki2026'] },
    { at: 5, sources: ['isaev'] },
  ];
  const moments = [{ at: 2, sources: ['wiki2026'] }];
  assert.deepEqual(citedInSpan({ events, moments }, 2, 2), ['wiki2026', 'bock1996'], 'the whole of the last day counts');
  assert.deepEqual(citedInSpan({ events, moments }, 0, 1), ['bock1996']);
  // Nothing in the span cites a work: the works the operation's records cite, never an uncited one.
  assert.deepEqual(citedInSpan({ events: [{ at: 3.5, sources: [] }, ...events], moments }, 3, 3), ['wiki2026', 'bock1996', 'isaev']);
  assert.deepEqual(citedInSpan({}, 0, 9), []);
});

// Tests for the embed's postMessage protocol: valid commands pass, each malformed one names its fault.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCommand, originAllowed, report, PROTOCOL_VERSION } from '../../static/battlemap/js/embed/embed-messages.js';

const v = PROTOCOL_VERSION;

test('valid commands are returned as they are', () => {
  for (const message of [
    { battlemap: v, type: 'set-date', date: '1942-05-22' },
    { battlemap: v, type: 'set-date', date: '1942-05-22', time: '14:30' },
    { battlemap: v, type: 'play' },
    { battlemap: v, type: 'pause' },
    { battlemap: v, type: 'set-speed', speed: 2 },
    { battlemap: v, type: 'fly-to', lat: 49.5, lng: 36.5, zoom: 9 },
    { battlemap: v, type: 'set-layers', show: ['areas'], hide: ['units'] },
    { battlemap: v, type: 'select-unit', unit: null },
  ]) {
    assert.deepEqual(parseCommand(message), { command: message });
  }
});

test('messages of other protocols are ignored silently', () => {
  for (const data of [null, 'hello', 42, { type: 'play' }]) assert.deepEqual(parseCommand(data), { ignore: true });
});

test('each malformed message names what is wrong', () => {
  const cases = [
    [{ battlemap: 2, type: 'play' }, /version 2/],
    [{ battlemap: v, type: 'dance' }, /unknown message type "dance"/],
    [{ battlemap: v, type: 'set-date' }, /needs 'date'/],
    [{ battlemap: v, type: 'set-date', date: '22/05/1942' }, /'date' must be a YYYY-MM-DD string, got "22\/05\/1942"/],
    [{ battlemap: v, type: 'set-date', date: '1942-05-22', time: '25:00' }, /'time' must be an HH:MM/],
    [{ battlemap: v, type: 'set-speed', speed: -1 }, /'speed' must be/],
    [{ battlemap: v, type: 'fly-to', lat: 200, lng: 0 }, /latitude/],
    [{ battlemap: v, type: 'set-layers', show: [3] }, /'show' must be a list/],
    [{ battlemap: v, type: 'play', extra: 1 }, /unknown field\(s\) extra/],
  ];
  for (const [message, pattern] of cases) {
    const result = parseCommand(message);
    assert.equal(result.command, undefined, JSON.stringify(message));
    assert.match(result.problem, pattern);
  }
});

test('origins: any when the list is empty, only listed ones otherwise', () => {
  assert.equal(originAllowed('https://a.example', []), true);
  assert.equal(originAllowed('https://a.example', ['https://a.example']), true);
  assert.equal(originAllowed('https://b.example', ['https://a.example']), false);
});

test('reports carry the version and their type', () => {
  assert.deepEqual(report.dateChanged({ date: '1942-05-22', time: '12:00' }),
    { battlemap: v, type: 'date-changed', date: '1942-05-22', time: '12:00' });
  assert.deepEqual(report.height(301.2), { battlemap: v, type: 'height', height: 302 });
});

test("names Object's prototype carries are no command", () => {
  for (const type of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
    const result = parseCommand({ battlemap: v, type });
    assert.match(result.problem || '', /unknown message type/, type);
  }
  // A payload field named like a prototype property is not mistaken for a declared one.
  assert.match(parseCommand({ battlemap: v, type: 'play', constructor: 1 }).problem, /unknown field\(s\) constructor/);
  assert.match(parseCommand(JSON.parse('{"battlemap": 1, "type": "set-date", "__proto__": {"date": "1942-05-22"}}')).problem, /needs 'date'/);
});

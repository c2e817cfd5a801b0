// Checks the browser video's choices: codec strings by size, the fallback from MP4 to WebM to GIF, file names and the default span.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, avcCodecFor, defaultSpan, encoderConfig, pickFormat, videoFileName, vp9CodecFor } from '../../static/battlemap/js/video/video-formats.js';

test('H.264 and VP9 levels follow the frame size', () => {
  assert.equal(avcCodecFor(1280, 720), 'avc1.64001f');
  assert.equal(avcCodecFor(1920, 1080), 'avc1.640028');
  assert.equal(avcCodecFor(1080, 1920), 'avc1.640028');
  assert.equal(avcCodecFor(3840, 2160), 'avc1.640033');
  assert.equal(vp9CodecFor(640, 360), 'vp09.00.31.08');
  assert.equal(vp9CodecFor(1920, 1080), 'vp09.00.41.08');
  assert.equal(vp9CodecFor(3840, 2160), 'vp09.00.51.08');
  const config = encoderConfig('mp4', { width: 1280, height: 720, fps: 30 });
  assert.equal(config.codec, 'avc1.64001f');
  assert.deepEqual(config.avc, { format: 'avc' });
  assert.ok(config.bitrate * 10 / 8 < 8e6, '10 s fit in 8 MB');
  assert.throws(() => encoderConfig('gif', { width: 10, height: 10, fps: 1 }), /not made with WebCodecs/);
});

test('a format the browser cannot encode falls back to WebM, then GIF', () => {
  assert.equal(pickFormat('mp4', new Set(['mp4', 'webm', 'gif'])), 'mp4');
  assert.equal(pickFormat('mp4', new Set(['webm', 'gif'])), 'webm');
  assert.equal(pickFormat('mp4', new Set(['gif'])), 'gif');
  assert.equal(pickFormat('webm', new Set(['mp4', 'gif'])), 'gif');
  assert.equal(pickFormat('gif', new Set(['gif'])), 'gif');
  assert.equal(pickFormat('gif', new Set(['mp4'])), 'mp4');
  assert.equal(pickFormat('mp4', new Set()), null);
});

test('file names say the operation and the days', () => {
  assert.equal(videoFileName('kharkov-1942', '1942-05-17', '1942-05-28', 'mp4'), 'kharkov-1942_1942-05-17_1942-05-28.mp4');
  assert.equal(videoFileName('kharkov-1942', '1942-05-22', '1942-05-22', 'gif'), 'kharkov-1942_1942-05-22.gif');
  assert.equal(addDays('1942-05-30', 3), '1942-06-02');
});

test('the default span runs from the key moment the reader is at to the next', () => {
  const moments = [{ date: '1942-05-12' }, { date: '1942-05-17' }, { date: '1942-05-23' }];
  const bounds = { first: '1942-05-11', last: '1942-05-30' };
  assert.deepEqual(defaultSpan({ moments, today: '1942-05-19', ...bounds }), { from: '1942-05-17', to: '1942-05-23' });
  assert.deepEqual(defaultSpan({ moments, today: '1942-05-17', ...bounds }), { from: '1942-05-17', to: '1942-05-23' });
  // Before the first moment: from today; after the last: three days on, within the operation.
  assert.deepEqual(defaultSpan({ moments, today: '1942-05-11', ...bounds }), { from: '1942-05-11', to: '1942-05-12' });
  assert.deepEqual(defaultSpan({ moments, today: '1942-05-29', ...bounds }), { from: '1942-05-23', to: '1942-05-26' });
  assert.deepEqual(defaultSpan({ moments: [], today: '1942-05-29', ...bounds }), { from: '1942-05-29', to: '1942-05-30' });
});

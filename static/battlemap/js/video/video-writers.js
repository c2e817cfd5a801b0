// The browser's video writers: MP4 (H.264) and WebM (VP9) from WebCodecs with the vendored muxers, and GIF with the vendored gifenc, one palette for the clip.
import { loadScript } from '../core/load-script.js';
import { MIME_TYPES, encoderConfig } from './video-formats.js';

/** The formats this browser can make at a size and rate: GIF always, MP4 and WebM where WebCodecs encodes them. */
export async function supportedFormats({ width, height, fps }) {
  const supported = new Set(['gif']);
  if (typeof window.VideoEncoder !== 'function') return supported;
  for (const format of ['mp4', 'webm']) {
    try {
      const { supported: yes } = await window.VideoEncoder.isConfigSupported(encoderConfig(format, { width, height, fps }));
      if (yes) supported.add(format);
    } catch {
      // An unknown codec string is a "no".
    }
  }
  return supported;
}

/** The muxer of a format, its library loaded from `sources` ({mp4, webm}: script URLs) on first use. */
async function muxerFor(format, { width, height, fps }, sources) {
  if (format === 'mp4') {
    if (!window.Mp4Muxer) await loadScript(sources.mp4);
    const target = new window.Mp4Muxer.ArrayBufferTarget();
    const muxer = new window.Mp4Muxer.Muxer({ target, video: { codec: 'avc', width, height, frameRate: fps }, fastStart: 'in-memory' });
    return { target, muxer };
  }
  if (!window.WebMMuxer) await loadScript(sources.webm);
  const target = new window.WebMMuxer.ArrayBufferTarget();
  const muxer = new window.WebMMuxer.Muxer({ target, video: { codec: 'V_VP9', width, height, frameRate: fps } });
  return { target, muxer };
}

/** An MP4 or WebM writer: add(bitmap, i) encodes frame i (the bitmap is closed), finish() gives the Blob. */
async function webCodecsWriter(format, size, sources) {
  const { target, muxer } = await muxerFor(format, size, sources);
  let failure = null;
  const encoder = new window.VideoEncoder({
    output: (chunk, meta) => muxer.addVideoChunk(chunk, meta),
    error: (error) => { failure = error; },
  });
  encoder.configure(encoderConfig(format, size));
  const frameMicros = 1e6 / size.fps;
  return {
    async add(bitmap, i) {
      if (failure) throw failure;
      const frame = new VideoFrame(bitmap, { timestamp: Math.round(i * frameMicros), duration: Math.round(frameMicros) });
      encoder.encode(frame, { keyFrame: i % (size.fps * 2) === 0 });
      frame.close();
      bitmap.close();
      // Keep the encoder's queue short: frames wait as bitmaps nowhere but here.
      while (encoder.encodeQueueSize > 4) await new Promise((resolve) => { encoder.addEventListener('dequeue', resolve, { once: true }); });
    },
    async finish() {
      await encoder.flush();
      if (failure) throw failure;
      encoder.close();
      muxer.finalize();
      return new Blob([target.buffer], { type: MIME_TYPES[format] });
    },
    abort() {
      if (encoder.state !== 'closed') encoder.close();
    },
  };
}

/** The pixels of a sample of every `step`-th pixel of each frame, for the clip's one palette. */
function paletteSample(frames, step) {
  const pixelsEach = Math.ceil(frames[0].length / 4 / step);
  const sample = new Uint8ClampedArray(frames.length * pixelsEach * 4);
  let at = 0;
  for (const data of frames) {
    for (let p = 0; p < data.length / 4; p += step) {
      sample.set(data.subarray(p * 4, p * 4 + 4), at);
      at += 4;
    }
  }
  return sample.subarray(0, at);
}

/** A GIF writer: the frames' pixels are kept, then quantised to one palette made from them all. */
async function gifWriter({ width, height, fps }, sources) {
  if (!window.gifenc) await loadScript(sources.gif);
  const { GIFEncoder, quantize, applyPalette } = window.gifenc;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  const frames = [];
  return {
    async add(bitmap) {
      context.drawImage(bitmap, 0, 0);
      bitmap.close();
      frames.push(context.getImageData(0, 0, width, height).data);
    },
    async finish() {
      const palette = quantize(paletteSample(frames, 7), 256);
      const gif = GIFEncoder();
      const delay = Math.round(1000 / fps);
      frames.forEach((data, i) => {
        gif.writeFrame(applyPalette(data, palette), width, height, i === 0 ? { palette, delay, repeat: 0 } : { delay });
        frames[i] = null;
      });
      gif.finish();
      return new Blob([gif.bytes()], { type: MIME_TYPES.gif });
    },
    abort() {
      frames.length = 0;
    },
  };
}

/** A writer of `format` at {width, height, fps}; `sources` ({mp4, webm, gif}) are the vendored libraries' URLs. */
export function videoWriter(format, size, sources) {
  return format === 'gif' ? gifWriter(size, sources) : webCodecsWriter(format, size, sources);
}

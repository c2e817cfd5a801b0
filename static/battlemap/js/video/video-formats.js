// The video formats a browser can make, which to offer when the wanted one cannot be encoded, and the codec strings, file names and default span.

/** The formats in the order they are fallen back on: H.264 MP4, then VP9 WebM, then GIF (no WebCodecs needed). */
export const FORMAT_ORDER = ['mp4', 'webm', 'gif'];
export const MIME_TYPES = { mp4: 'video/mp4', webm: 'video/webm', gif: 'image/gif' };
/** A GIF's frames are kept until the palette is made from all of them: its frames are capped. */
export const GIF_MAX_PIXELS = 640 * 640;

/** H.264's level for a frame size: 3.1 up to 720p, 4.0 up to 1080p (and its portrait), 5.1 above. */
export function avcCodecFor(width, height) {
  const macroblocks = Math.ceil(width / 16) * Math.ceil(height / 16);
  const level = macroblocks <= 3600 ? '1f' : macroblocks <= 8192 ? '28' : '33';
  return `avc1.6400${level}`;
}

/** VP9 profile 0, 8-bit, at a level for the frame size. */
export function vp9CodecFor(width, height) {
  const pixels = width * height;
  const level = pixels <= 1280 * 720 ? '31' : pixels <= 2048 * 1088 ? '41' : '51';
  return `vp09.00.${level}.08`;
}

/** The WebCodecs VideoEncoder configuration of an MP4 or WebM at a size and rate. */
export function encoderConfig(format, { width, height, fps }) {
  // About 0.1 bit a pixel a frame: 2.8 Mb/s at 720p30, which keeps 10 s under 4 MB.
  const bitrate = Math.round(Math.min(20e6, Math.max(3e5, width * height * fps * 0.1)));
  const common = { width, height, bitrate, framerate: fps, latencyMode: 'quality' };
  if (format === 'mp4') return { ...common, codec: avcCodecFor(width, height), avc: { format: 'avc' } };
  if (format === 'webm') return { ...common, codec: vp9CodecFor(width, height) };
  throw new RangeError(`encoderConfig: ${format} is not made with WebCodecs`);
}

/**
 * The format to make: `wanted` if `supported` (a Set of formats) has it, else the first of
 * FORMAT_ORDER after it that does; null when none can be made.
 */
export function pickFormat(wanted, supported) {
  const start = Math.max(0, FORMAT_ORDER.indexOf(wanted));
  return FORMAT_ORDER.slice(start).find((format) => supported.has(format))
    ?? FORMAT_ORDER.find((format) => supported.has(format)) ?? null;
}

/** 'kharkov-1942_1942-05-17_1942-05-28.mp4' (one date when the span is one day). */
export function videoFileName(slug, from, to, format) {
  return `${slug}_${from}${to && to !== from ? `_${to}` : ''}.${format}`;
}

/** A date ('YYYY-MM-DD') `days` after another, in UTC. */
export function addDays(date, days) {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/**
 * The span a video starts with: from the key moment the reader is at (the last one dated on or
 * before `today`) to the next one's date; with no moment before, from today. With no next moment
 * it runs three days on. Dates stay within first..last. `moments` are [{date}] in time order.
 */
export function defaultSpan({ moments = [], today, first, last }) {
  const clamp = (date) => (date < first ? first : date > last ? last : date);
  const current = moments.filter((moment) => moment.date <= today).at(-1);
  const from = clamp(current ? current.date : today);
  const next = moments.find((moment) => moment.date > from);
  return { from, to: clamp(next ? next.date : addDays(from, 3)) };
}

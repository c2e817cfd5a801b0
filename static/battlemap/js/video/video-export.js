// A video made in the browser: the embed page in its video frame mode in a frame of the video's size, stepped frame by frame over messages, each frame encoded as it comes.
import { videoWriter } from './video-writers.js';
import { gettext } from '../core/i18n.js';

/** How long the framed page may take to load and answer. */
const ANSWER_TIMEOUT_MS = 60000;

/** The framed page's address: the embed page with frame=video, controls=none and the reader's point of view. */
export function frameUrl(embedPage, { pov = null, lang = '' } = {}) {
  const url = new URL(embedPage);
  url.searchParams.set('frame', 'video');
  url.searchParams.set('controls', 'none');
  if (pov) url.searchParams.set('pov', pov);
  // The frame speaks the page's language: its legend, dates and captions are burnt into the video.
  if (lang) url.searchParams.set('lang', lang.split('-')[0]);
  return url.href;
}

/** Talk to the framed page: ready() once it has drawn, ask(type, fields) for its answer. */
function framedPage(iframe) {
  let nextId = 1;
  const pending = new Map();
  let readyResolve;
  const ready = new Promise((resolve) => { readyResolve = resolve; });
  const listen = (event) => {
    const reply = event.data?.battlemapVideoReply;
    if (!reply || event.source !== iframe.contentWindow) return;
    if (reply.type === 'ready') readyResolve();
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id);
    if (reply.error) waiting.reject(new Error(reply.error));
    else waiting.resolve(reply);
  };
  window.addEventListener('message', listen);
  const within = (promise, what) => Promise.race([promise, new Promise((resolve, reject) => {
    setTimeout(() => reject(new Error(`the map frame did not ${what} in ${ANSWER_TIMEOUT_MS / 1000} s`)), ANSWER_TIMEOUT_MS);
  })]);
  return {
    ready: () => within(ready, 'load'),
    ask(type, fields) {
      const id = nextId++;
      const answer = new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
      iframe.contentWindow.postMessage({ battlemapVideo: { type, id, ...fields } }, '*');
      return within(answer, `answer ${type}`);
    },
    close: () => window.removeEventListener('message', listen),
  };
}

/** An iframe of the video's size in `host`, scaled down to the host's width as a preview. */
function frameIn(host, src, { width, height }) {
  const iframe = document.createElement('iframe');
  iframe.title = gettext('The video being made');
  iframe.width = String(width);
  iframe.height = String(height);
  const scale = Math.min(1, (host.clientWidth || 320) / width);
  Object.assign(iframe.style, { border: '0', transform: `scale(${scale})`, transformOrigin: '0 0', display: 'block' });
  host.style.height = `${Math.round(height * scale)}px`;
  host.replaceChildren(iframe);
  iframe.src = src;
  return iframe;
}

/**
 * Make a video: `src` the framed page (frameUrl), {width, height, fps, from, to, holdMoments,
 * address} what to make, `format` 'mp4'|'webm'|'gif', `sources` the libraries' URLs, `host` the
 * element the framed page (its preview) goes in. onProgress(done, total) after each frame; an
 * aborted `signal` stops it with an AbortError. Resolves to the Blob.
 */
export async function makeVideo({ src, host, format, sources, width, height, fps, from, to, holdMoments = false, address = '', onProgress = () => {}, signal = null }) {
  const iframe = frameIn(host, src, { width, height });
  const page = framedPage(iframe);
  let writer = null;
  const stopIfAborted = () => {
    if (signal?.aborted) throw new DOMException('the video was cancelled', 'AbortError');
  };
  try {
    await page.ready();
    stopIfAborted();
    const { result: plan } = await page.ask('prepare', { options: { from, to, fps, holdMoments, address } });
    writer = await videoWriter(format, { width: plan.width, height: plan.height, fps }, sources);
    for (let i = 0; i < plan.frameCount; i++) {
      stopIfAborted();
      const { bitmap } = await page.ask('frame', { index: i });
      await writer.add(bitmap, i);
      onProgress(i + 1, plan.frameCount);
    }
    stopIfAborted();
    return await writer.finish();
  } catch (error) {
    writer?.abort();
    throw error;
  } finally {
    page.close();
    iframe.remove();
  }
}

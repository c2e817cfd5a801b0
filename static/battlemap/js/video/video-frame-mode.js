// The page as a video's frame (?frame=video): the map fills the window, a canvas shows the composed frame, and window.battlemapVideo steps it frame by frame.
import { momentsWithTimes } from '../classroom/key-moments.js';
import { citedInSpan } from '../classroom/snapshot-text.js';
import { composeFrame } from './frame-composer.js';
import { planFrames } from './frame-plan.js';

/** How long a frame may wait for the morph's distance fields before it is drawn without them. */
const FIELD_WAIT_MS = 20000;
const MINUTE = 1 / 1440;

const pause = (ms) => new Promise((resolve) => { setTimeout(resolve, ms); });

/** The clock times of a from..to span of dates (to: its whole day); a date outside the operation is named. */
export function spanTimes(index, from, to) {
  const start = from ? index.timeOf(from) : 0;
  const endDay = to ? index.timeOf(to) : index.dayCount - 1;
  if (start === undefined) throw new RangeError(`from: ${from} is not a day of the operation (${index.dates[0]} to ${index.dates.at(-1)})`);
  if (endDay === undefined) throw new RangeError(`to: ${to} is not a day of the operation (${index.dates[0]} to ${index.dates.at(-1)})`);
  if (endDay < start) throw new RangeError(`to (${to}) is before from (${from})`);
  return { start, end: Math.min(index.maxTime, endDay + 1 - MINUTE) };
}

/** Make the map fill the window, the frame's canvas over everything. */
function frameLayout(page) {
  const container = page.map.getContainer();
  Object.assign(container.style, { position: 'fixed', left: '0', top: '0', width: '100vw', height: '100vh', zIndex: '1000' });
  page.map.invalidateSize({ animate: false });
  page.groundFit.refit();
  const canvas = document.createElement('canvas');
  canvas.className = 'bm-video-frame';
  canvas.setAttribute('aria-hidden', 'true');
  Object.assign(canvas.style, { position: 'fixed', left: '0', top: '0', zIndex: '100000', width: '100vw', height: '100vh' });
  document.body.appendChild(canvas);
  return canvas;
}

/** The stepper: prepare(options) plans a video, drawFrame(i) draws frame i once the morph has what it needs, framePng(i) also returns it. */
function frameStepper(page, canvas) {
  const moments = momentsWithTimes(page.index.timeline.key_moments, (date, hhmm) => page.index.timeOf(date, hhmm), () => {});
  let plan = null;
  let url = '';
  let cited = [];
  return {
    prepare({ from = null, to = null, fps = 30, seconds = null, holdMoments = false, address = '' } = {}) {
      const { start, end } = spanTimes(page.index, from, to);
      plan = planFrames({ start, end, fps, seconds, moments, holdMoments });
      url = address;
      cited = citedInSpan({ events: page.index.events, moments }, start, end);
      page.clock.pause();
      page.clock.setSpan(0, page.index.maxTime);
      const { x, y } = page.map.getSize();
      canvas.width = x;
      canvas.height = y;
      return { frameCount: plan.frames.length, fps: plan.fps, seconds: plan.seconds, width: x, height: y };
    },
    async drawFrame(i) {
      if (!plan) throw new Error('battlemapVideo.drawFrame: call prepare() first');
      const frame = plan.frames[i];
      if (!frame) throw new RangeError(`battlemapVideo.drawFrame: no frame ${i} (0 to ${plan.frames.length - 1})`);
      page.clock.setTime(frame.time, 'restore');
      const deadline = performance.now() + FIELD_WAIT_MS;
      composeFrame(canvas, { page, frame, moments, url, cited });
      while (!(page.morph.areas.complete && page.morph.front.complete) && performance.now() < deadline) {
        await pause(10);
        composeFrame(canvas, { page, frame, moments, url, cited });
      }
      return { ...frame, ...page.index.partsOf(frame.time), complete: page.morph.areas.complete && page.morph.front.complete };
    },
    /** Draw frame i and return the canvas as a PNG data URL: render_video's frames, the pixels the page shows. */
    async framePng(i) {
      await this.drawFrame(i);
      return canvas.toDataURL('image/png');
    },
  };
}

/** Answer a parent window's requests (the share dialog's exporter), frames as transferred ImageBitmaps. */
function answerParent(stepper, canvas) {
  window.addEventListener('message', async (event) => {
    const request = event.data?.battlemapVideo;
    if (!request || event.source !== window.parent || window.parent === window) return;
    const reply = (message, transfer = []) => event.source.postMessage({ battlemapVideoReply: { id: request.id, ...message } }, '*', transfer);
    try {
      if (request.type === 'prepare') reply({ result: stepper.prepare(request.options) });
      else if (request.type === 'frame') {
        const result = await stepper.drawFrame(request.index);
        const bitmap = await createImageBitmap(canvas);
        reply({ result, bitmap }, [bitmap]);
      }
    } catch (error) {
      reply({ error: error.message });
    }
  });
  // Ready once the page's first frame is drawn (start-page.js marks it in the next animation frame).
  requestAnimationFrame(() => requestAnimationFrame(() => window.parent.postMessage({ battlemapVideoReply: { type: 'ready' } }, '*')));
}

/**
 * With ?frame=video in `search`, turn the page into a video's frame (`page`: createMap's parts)
 * and expose window.battlemapVideo = {prepare, drawFrame, framePng}; else do nothing. Returns the stepper or null.
 */
export function startVideoFrameMode(page, search = window.location.search) {
  if (new URLSearchParams(search).get('frame') !== 'video') return null;
  document.documentElement.classList.add('bm-video-mode');
  // The pocket's pulse follows the wall clock; a frame must depend on its time alone.
  page.layers.areas.options.pulse = false;
  const canvas = frameLayout(page);
  const stepper = frameStepper(page, canvas);
  window.battlemapVideo = stepper;
  if (window.parent !== window) answerParent(stepper, canvas);
  return stepper;
}

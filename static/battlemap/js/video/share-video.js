// The share dialog's "Video" (templates/battlemap/_share_video.html): the span, size and format chosen, the video made in this browser with a progress bar and Cancel, then downloaded.
import { GIF_MAX_PIXELS, addDays, defaultSpan, pickFormat, videoFileName } from './video-formats.js';
import { frameUrl, makeVideo } from './video-export.js';
import { supportedFormats } from './video-writers.js';
import { downloadBlob } from '../classroom/snapshot.js';
import { gettext, interpolate, language } from '../core/i18n.js';
import { formatNumber } from '../core/number-format.js';

const FORMAT_NAMES = { mp4: 'MP4 (H.264)', webm: 'WebM (VP9)', gif: 'GIF' };

/** The reader's choices as the fieldset holds them. */
function choicesOf(field) {
  const [width, height] = field('video-size').value.split('x').map(Number);
  return {
    from: field('video-from').value,
    to: field('video-to').value,
    width,
    height,
    fps: Number(field('video-fps').value),
    wanted: field('video-format').value,
    holdMoments: field('video-hold').checked,
  };
}

/** Why the choices cannot be made into a video, or null. */
function problemWith({ from, to, width, height }, format) {
  if (!from || !to) return gettext('Choose the first and last day.');
  if (to < from) return interpolate(gettext('The last day (%(to)s) is before the first (%(from)s).'), { to, from });
  if (format === 'gif' && width * height > GIF_MAX_PIXELS) return gettext('A GIF is kept small: choose 640 × 360 (or make an MP4 or WebM).');
  return null;
}

/**
 * Wire the fieldset inside `dialog`: `clock` gives the day the reader is at when the dialog opens.
 * Returns {refresh} (called when the dialog opens), or null when the page has no Video fieldset.
 */
export function shareVideo({ dialog, clock }) {
  const fieldset = dialog.querySelector('[data-role="share-video"]');
  if (!fieldset) return null;
  const field = (role) => fieldset.querySelector(`[data-role="${role}"]`);
  const button = (action) => fieldset.querySelector(`[data-action="${action}"]`);
  const { slug, firstDate: first, lastDate: last } = fieldset.dataset;
  const sources = { mp4: fieldset.dataset.mp4MuxerSrc, webm: fieldset.dataset.webmMuxerSrc, gif: fieldset.dataset.gifencSrc };
  const moments = [...field('video-moment').options].filter((option) => option.value).map((option) => ({ date: option.value }));
  const status = field('video-status');
  const progress = field('video-progress');
  let controller = null;

  const setSpan = ({ from, to }) => {
    field('video-from').value = from;
    field('video-to').value = to;
  };
  const refresh = () => {
    if (controller) return;
    const today = addDays(first, Math.floor(clock?.time ?? 0));
    const span = defaultSpan({ moments, today, first, last });
    setSpan(span);
    field('video-moment').value = moments.some((moment) => moment.date === span.from) ? span.from : '';
    status.textContent = '';
  };
  field('video-moment').addEventListener('change', (event) => {
    if (event.target.value) setSpan(defaultSpan({ moments, today: event.target.value, first, last }));
  });

  const finish = (message) => {
    controller = null;
    button('make-video').disabled = false;
    button('cancel-video').hidden = true;
    progress.hidden = true;
    field('video-preview').hidden = true;
    status.textContent = message;
  };
  const make = async () => {
    const choices = choicesOf(field);
    const supported = await supportedFormats(choices);
    const format = pickFormat(choices.wanted, supported);
    const problem = problemWith(choices, format);
    if (problem) {
      status.textContent = problem;
      return;
    }
    controller = new AbortController();
    button('make-video').disabled = true;
    button('cancel-video').hidden = false;
    Object.assign(progress, { hidden: false, value: 0, max: 1 });
    field('video-preview').hidden = false;
    const instead = format !== choices.wanted ? interpolate(gettext(' (%(format)s cannot be encoded in this browser)'), { format: FORMAT_NAMES[choices.wanted] }) : '';
    status.textContent = interpolate(gettext('Making %(format)s%(instead)s…'), { format: FORMAT_NAMES[format], instead });
    const embedPage = new URL(dialog.dataset.embedPath, window.location.href).href;
    try {
      const blob = await makeVideo({
        ...choices, format, sources,
        src: frameUrl(embedPage, { pov: new URLSearchParams(window.location.search).get('pov'), lang: language() }),
        host: field('video-preview'),
        address: window.location.protocol.startsWith('http') ? `${window.location.origin}${window.location.pathname}` : '',
        signal: controller.signal,
        onProgress: (done, total) => Object.assign(progress, { value: done, max: total }),
      });
      downloadBlob(blob, videoFileName(slug, choices.from, choices.to, format));
      finish(interpolate(gettext('%(format)s made (%(size)s MB)%(instead)s.'), { format: FORMAT_NAMES[format], size: formatNumber(blob.size / 1e6, { maximumFractionDigits: 1 }), instead }));
    } catch (error) {
      if (error.name === 'AbortError') finish(gettext('Cancelled: no video was made.'));
      else {
        console.warn(error);
        finish(interpolate(gettext('The video could not be made: %(error)s'), { error: error.message }));
      }
    }
  };
  button('make-video').addEventListener('click', make);
  button('cancel-video').addEventListener('click', () => controller?.abort());
  // Closing the dialog hides the frames being drawn (a hidden frame may stop drawing): it cancels.
  dialog.addEventListener('close', () => controller?.abort());
  // The span starts where the reader is each time the dialog opens.
  document.querySelector('[data-action="open-share"]')?.addEventListener('click', refresh);
  refresh();
  return { refresh };
}

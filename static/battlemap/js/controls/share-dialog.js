// The "Share / embed" dialog: writes the link and iframe snippet for the page's current state.
import { embedPageFor, embedUrlFor, iframeSnippet } from '../embed/embed-snippet.js';
import { shareVideo } from '../video/share-video.js';
import { gettext } from '../core/i18n.js';

/** What the embed code says where no page could frame this one (a static export opened from a file). */
const notHosted = () => gettext('An embed needs this export to be hosted on a web server: put the folder on one, '
  + 'open this page from there, and the embed code will point at its embed page.');

/**
 * Wire the dialog of templates/battlemap/_share_dialog.html; `title` is the operation's name and
 * `map` the Leaflet map, whose view the embed keeps only when the reader asks.
 */
export function shareDialog({ root = document, title, map }) {
  const dialog = root.querySelector('[data-role="share-dialog"]');
  const opener = root.querySelector('[data-action="open-share"]');
  if (!dialog || !opener) return null;
  const field = (role) => dialog.querySelector(`[data-role="${role}"]`);
  const status = field('share-status');

  const embedPage = embedPageFor(dialog.dataset.embedPath, window.location.href);
  // The host page's script that sizes a responsive frame to the height the embed asks for.
  const resizeScript = embedPage && new URL(dialog.dataset.resizeScript, window.location.href).href;
  const currentView = () => {
    const center = map.getCenter();
    return { center: [center.lat, center.lng], zoom: map.getZoom() };
  };
  const refresh = () => {
    const responsive = dialog.querySelector('input[name="bm-share-size"]:checked').value === 'responsive';
    const width = Number(field('share-width').value) || 800;
    const height = Number(field('share-height').value) || 450;
    const view = field('share-keep-view').checked ? currentView() : null;
    field('share-link').value = window.location.href;
    field('share-snippet').value = embedPage
      ? iframeSnippet({ embedUrl: embedUrlFor({ embedPage, search: window.location.search, view, lang: document.documentElement.lang }), title, width, height, responsive, resizeScript })
      : notHosted();
    status.textContent = '';
  };
  const copy = async (text, what) => {
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = what.copied;
    } catch {
      status.textContent = what.refused;
    }
  };

  dialog.querySelector('[data-action="copy-snippet"]').disabled = !embedPage;
  opener.addEventListener('click', () => { refresh(); dialog.showModal(); });
  dialog.addEventListener('input', refresh);
  dialog.querySelector('[data-action="copy-snippet"]').addEventListener('click', () => copy(field('share-snippet').value, {
    copied: gettext('Embed code copied'), refused: gettext('Select the embed code and copy it (the browser refused)'),
  }));
  dialog.querySelector('[data-action="copy-link"]').addEventListener('click', () => copy(field('share-link').value, {
    copied: gettext('Link copied'), refused: gettext('Select the link and copy it (the browser refused)'),
  }));
  shareVideo({ dialog, clock: map.options.clock });
  return { refresh };
}

// The "Share / embed" dialog: writes the link and iframe snippet for the page's current state.
import { iframeSnippet, embedUrlFor } from '../embed/embed-snippet.js';

/** Wire the dialog of templates/battlemap/_share_dialog.html; `title` is the operation's name. */
export function shareDialog({ root = document, slug, title }) {
  const dialog = root.querySelector('[data-role="share-dialog"]');
  const opener = root.querySelector('[data-action="open-share"]');
  if (!dialog || !opener) return null;
  const field = (role) => dialog.querySelector(`[data-role="${role}"]`);
  const status = field('share-status');

  const refresh = () => {
    const { origin, search } = window.location;
    const responsive = dialog.querySelector('input[name="bm-share-size"]:checked').value === 'responsive';
    const width = Number(field('share-width').value) || 800;
    const height = Number(field('share-height').value) || 450;
    field('share-link').value = window.location.href;
    field('share-snippet').value = iframeSnippet({ embedUrl: embedUrlFor({ origin, slug, search }), title, width, height, responsive });
    status.textContent = '';
  };
  const copy = async (text, what) => {
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = `${what} copied`;
    } catch {
      status.textContent = `Select the ${what.toLowerCase()} and copy it (the browser refused)`;
    }
  };

  opener.addEventListener('click', () => { refresh(); dialog.showModal(); });
  dialog.addEventListener('input', refresh);
  dialog.querySelector('[data-action="copy-snippet"]').addEventListener('click', () => copy(field('share-snippet').value, 'Embed code'));
  dialog.querySelector('[data-action="copy-link"]').addEventListener('click', () => copy(field('share-link').value, 'Link'));
  return { refresh };
}

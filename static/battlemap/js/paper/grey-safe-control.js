// The grey-safe look on the map page: the legend's check box and `?print=grey` draw each side as a photocopier can tell apart (paper/grey-safe.js), and the address keeps the choice.
import { GREY, PRINT_OPTION, greySafeStyles, readPrintOption } from './grey-safe.js';

/** The event the legend listens to, to draw its swatches as the map does: detail = styles or null. */
export const PAPER_EVENT = 'bm-paper';

function wantedAtStart(search) {
  try {
    return readPrintOption(new URLSearchParams(search).get(PRINT_OPTION));
  } catch {
    return false; // the address's notice names the value (time/url-state.js reads it too)
  }
}

/** The address with `print=grey` set or removed, the other fields as they are. */
export function addressWithPaper(href, grey) {
  const url = new URL(href);
  if (grey) url.searchParams.set(PRINT_OPTION, GREY);
  else url.searchParams.delete(PRINT_OPTION);
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * Wire the grey-safe look: layers (areas, movements) draw it when the address asks for it or the
 * legend's box is ticked. Returns {set(on)}.
 */
export function wireGreySafe({ layers, index, root = document, location = window.location, history = window.history }) {
  const styles = greySafeStyles(index.operation.sides);
  const set = (on) => {
    layers.areas.setPaper(on ? styles : null);
    layers.movements.setPaper(on ? styles : null);
    document.documentElement.dataset.bmPaper = on ? GREY : 'colour';
    for (const box of root.querySelectorAll('[data-role="grey-safe"]')) box.checked = on;
    root.dispatchEvent(new CustomEvent(PAPER_EVENT, { detail: on ? styles : null }));
  };
  root.addEventListener('change', (event) => {
    if (!event.target.matches?.('[data-role="grey-safe"]')) return;
    set(event.target.checked);
    history.replaceState(history.state, '', addressWithPaper(location.href, event.target.checked));
  });
  set(wantedAtStart(location.search));
  return { set };
}

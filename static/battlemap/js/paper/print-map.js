// The map page going to paper (map-print.css): the map resized to its printed box, the legend open, the footer's address the map's current one; all put back after printing.

/**
 * Wire printing: before it, the map takes its printed size about the same centre and zoom, the
 * legend opens and the footer's address becomes the current one (with the day); after it, back.
 */
export function wirePrintMap({ map, root = document, win = window }) {
  let legendWasOpen = null;
  const before = () => {
    const legend = root.querySelector('.bm-legend');
    if (legend && legendWasOpen === null) {
      legendWasOpen = legend.open;
      legend.open = true;
    }
    const address = root.querySelector('[data-role="print-address"]');
    if (address) address.textContent = win.location.href;
    map.invalidateSize({ animate: false });
  };
  const after = () => {
    const legend = root.querySelector('.bm-legend');
    if (legend && legendWasOpen !== null) legend.open = legendWasOpen;
    legendWasOpen = null;
    map.invalidateSize({ animate: false });
  };
  win.addEventListener('beforeprint', before);
  win.addEventListener('afterprint', after);
  // Print emulation and some browsers switch the media without the events.
  win.matchMedia?.('print').addEventListener?.('change', (query) => (query.matches ? before() : after()));
  return { before, after };
}

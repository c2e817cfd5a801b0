// The share dialog's links to the frame as a sheet that stands alone, drawn by the server (battlemap/render/frame_sheet.py): SVG and PDF in vector, PNG for print (A4 at 300 dpi); each carries the day and the view the map shows.

/** The view's bounding box as the frame's `bbox`: 'W,S,E,N' to four decimals. */
export function bboxParam(bounds) {
  return [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()].map((value) => value.toFixed(4)).join(',');
}

/** The frame's address for a link whose href is the frame page: format, day and view set. */
export function frameHref(href, { format, date, bbox, paper = 'a4' }) {
  const url = new URL(href, 'http://placeholder.invalid');
  url.searchParams.set('format', format);
  url.searchParams.set('date', date);
  url.searchParams.set('bbox', bbox);
  url.searchParams.set('paper', paper);
  return url.pathname + url.search;
}

/** Rewrite each frame link just before it is followed, from the map's view and the clock's day. */
export function wireFrameLinks({ map, clock, index, root = document }) {
  for (const link of root.querySelectorAll('a[data-role="frame-link"]')) {
    const base = link.getAttribute('href');
    const refresh = () => {
      const { date } = index.partsOf(clock.time);
      link.setAttribute('href', frameHref(base, { format: link.dataset.format, date, bbox: bboxParam(map.getBounds()) }));
      link.setAttribute('download', `${index.operation.slug}_${date}.${link.dataset.format}`);
    };
    for (const type of ['pointerdown', 'focus', 'click']) link.addEventListener(type, refresh);
  }
}

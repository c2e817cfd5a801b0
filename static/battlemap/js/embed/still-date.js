// The embed's still follows the map's day: its picture's addresses with another ?date=.

const DATE_FIELD = /([?&]date=)\d{4}-\d{2}-\d{2}/g;

/** `srcset` (or one address) with every picture's date set to `date` (YYYY-MM-DD). */
export function stillSrcsetFor(srcset, date) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`stillSrcsetFor: '${date}' is not a YYYY-MM-DD date`);
  return srcset.replace(DATE_FIELD, `$1${date}`);
}

/**
 * Keep the still of templates/battlemap/_embed_still.html on the day the clock shows, whenever
 * the clock is at rest (a playing map would fetch a picture a day, for a still nobody sees move).
 */
export function connectStill({ clock, index, root = document }) {
  const source = root.querySelector('[data-role="still-small"] source');
  if (!source) return;
  let shown = null;
  const follow = () => {
    const { date } = index.partsOf(clock.time);
    if (clock.playing || date === shown) return;
    shown = date;
    source.srcset = stillSrcsetFor(source.srcset, date);
  };
  clock.on('timechange', follow);
  clock.on('pause', follow);
  follow();
}

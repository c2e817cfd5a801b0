// The comparison page: keeps its two embedded maps on the same place and zoom through the host-page API.
const PROTOCOL_VERSION = 1;

/** Views closer than this (degrees, zoom levels) are the same view: an echo, not a user's move. */
const SAME_PLACE = 1e-4;
const SAME_ZOOM = 0.01;

export function sameView(a, b) {
  return Boolean(a && b) && Math.abs(a.lat - b.lat) < SAME_PLACE && Math.abs(a.lng - b.lng) < SAME_PLACE
    && Math.abs(a.zoom - b.zoom) < SAME_ZOOM;
}

/**
 * Decides which map follows which. report(side, view) is called with each view a map reports and
 * returns {side, view} to send to the other map, or null when the report only echoes a view this
 * mirror sent (so two maps never chase each other).
 */
export class ViewMirror {
  constructor(sides) {
    this.sides = sides;
    this.expected = new Map();
  }

  report(side, view) {
    if (!this.sides.includes(side)) return null;
    if (sameView(this.expected.get(side), view)) {
      this.expected.delete(side);
      return null;
    }
    const other = this.sides.find((name) => name !== side);
    this.expected.set(other, view);
    return { side: other, view };
  }
}

/** Wire the page's two iframes [data-role="compare-frame"] together. */
export function connectFrames(root = document) {
  const frames = new Map([...root.querySelectorAll('iframe[data-role="compare-frame"]')]
    .map((frame) => [frame.dataset.side, frame]));
  const mirror = new ViewMirror([...frames.keys()]);
  window.addEventListener('message', (event) => {
    const data = event.data;
    if (event.origin !== window.location.origin || !data || data.battlemap !== PROTOCOL_VERSION) return;
    if (data.type !== 'view-changed') return;
    const side = [...frames].find(([, frame]) => frame.contentWindow === event.source)?.[0];
    const follow = side && mirror.report(side, { lat: data.lat, lng: data.lng, zoom: data.zoom });
    if (!follow) return;
    frames.get(follow.side).contentWindow.postMessage({
      battlemap: PROTOCOL_VERSION, type: 'fly-to', ...follow.view, animate: false,
    }, window.location.origin);
  });
}

if (typeof document !== 'undefined') connectFrames();

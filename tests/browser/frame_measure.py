"""What a frame shows: how much of it is map, how much of the map lies under controls, where the
ground sits in it, and whether the date can be read, measured from the elements' boxes."""

# Every visible control or panel drawn over the map: Leaflet's controls, the menu's sheet, notices
# and anything the page marks as lying over the map (`bm-over-map`).
COVERING = ".leaflet-control-container .leaflet-control, .bm-over-map, .bm-notice, .bm-menu__sheet"

MEASURE = """(covering) => {
  const map = document.getElementById('battlemap-map').getBoundingClientRect();
  const left = Math.max(0, map.left), top = Math.max(0, map.top);
  const right = Math.min(innerWidth, map.right), bottom = Math.min(innerHeight, map.bottom);
  const mapArea = Math.max(0, right - left) * Math.max(0, bottom - top);
  const visible = (el) => {
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none' || Number(style.opacity) === 0) return false;
    return el.getClientRects().length > 0;
  };
  const boxes = [...document.querySelectorAll(covering)].filter(visible).map((el) => {
    const r = el.getBoundingClientRect();
    return { left: Math.max(left, r.left), top: Math.max(top, r.top), right: Math.min(right, r.right),
             bottom: Math.min(bottom, r.bottom), name: el.className };
  }).filter((b) => b.right > b.left && b.bottom > b.top);
  // A coarse raster (2 px cells): overlapping boxes are counted once.
  const cell = 2;
  let covered = 0, cells = 0;
  for (let y = top + cell / 2; y < bottom; y += cell) {
    for (let x = left + cell / 2; x < right; x += cell) {
      cells += 1;
      if (boxes.some((b) => x >= b.left && x < b.right && y >= b.top && y < b.bottom)) covered += 1;
    }
  }
  return { mapShareOfFrame: mapArea / (innerWidth * innerHeight), coveredShareOfMap: cells ? covered / cells : 1,
           mapBox: { left, top, right, bottom }, boxes: boxes.map((b) => b.name) };
}"""

# The date as the reader sees it: its element's box within the viewport and not hidden.
DATE_SHOWN = """() => {
  const el = document.querySelector('[data-role=date]');
  if (!el || !el.textContent.trim()) return false;
  const style = getComputedStyle(el);
  if (style.visibility === 'hidden' || style.display === 'none') return false;
  const r = el.getBoundingClientRect();
  if (r.width === 0 || r.height === 0) return false;
  if (r.left < 0 || r.top < 0 || r.right > innerWidth + 0.5 || r.bottom > innerHeight + 0.5) return false;
  const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  return top === el || el.contains(top);
}"""

# The ground (a bbox as [west, south, east, north]) on screen: its share inside the visible map,
# and the share of the map's width and height it spans (a fitted ground spans most of one).
GROUND_FIT = """([west, south, east, north]) => {
  const map = window.battlemap.map;
  const size = map.getSize();
  const a = map.latLngToContainerPoint([north, west]), b = map.latLngToContainerPoint([south, east]);
  const box = { left: Math.min(a.x, b.x), top: Math.min(a.y, b.y), right: Math.max(a.x, b.x), bottom: Math.max(a.y, b.y) };
  const inside = Math.max(0, Math.min(box.right, size.x) - Math.max(box.left, 0))
    * Math.max(0, Math.min(box.bottom, size.y) - Math.max(box.top, 0));
  const area = (box.right - box.left) * (box.bottom - box.top);
  const spans = Math.max((box.right - box.left) / size.x, (box.bottom - box.top) / size.y);
  return { inside: area ? inside / area : 0, spans, zoom: map.getZoom() };
}"""


def measure(target):
    """The frame's measures in a page or frame: map share, covered share, the covering boxes."""
    return target.evaluate(MEASURE, COVERING)


def date_shown(target):
    return target.evaluate(DATE_SHOWN)


def ground_fit(target, bbox):
    return target.evaluate(GROUND_FIT, list(bbox))


def fits(fit):
    """Whether a ground is fitted: all of it on the map, spanning most of its width or height
    (less a few pixels of margin, and the zoom snaps down to a quarter level: at worst 2^-0.25, 84 %)."""
    return fit["inside"] > 0.97 and 0.75 <= fit["spans"] <= 1.0001

// Greedy label collision culling: earlier (more important) labels win, later overlapping ones move or drop.
function overlaps(a, b) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function inside(box, frame) {
  return !frame || (box.x >= 0 && box.y >= 0 && box.x + box.width <= frame.width && box.y + box.height <= frame.height);
}

/**
 * boxes: [{x, y, width, height, alternatives?: [{x, y}, ...]}] in priority order; obstacles:
 * boxes that labels must avoid but that are always kept (e.g. symbols); frame: {width, height}
 * the labels must lie wholly inside (a label the frame would cut is moved or dropped; none: no
 * frame). Each label takes the first of its positions (its own, then its alternatives) that
 * overlaps nothing placed so far; the label's x and y are moved there. Returns the indices of
 * the labels kept.
 */
export function placeLabels(boxes, obstacles = [], frame = null) {
  const placed = [];
  const kept = [];
  boxes.forEach((box, index) => {
    for (const position of [{ x: box.x, y: box.y }, ...(box.alternatives || [])]) {
      const candidate = { x: position.x, y: position.y, width: box.width, height: box.height };
      if (!inside(candidate, frame)) continue;
      if (obstacles.some((o) => overlaps(candidate, o)) || placed.some((p) => overlaps(candidate, p))) continue;
      box.x = position.x;
      box.y = position.y;
      placed.push(candidate);
      kept.push(index);
      return;
    }
  });
  return kept;
}

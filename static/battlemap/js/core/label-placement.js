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
 * overlaps nothing placed so far; the label's x and y are moved there. A box with
 * `overObstacles: true` (a city's name, which a crowd of symbols must not hide) that finds no
 * position clear of the obstacles takes the first clear of the other labels, over the obstacles.
 * Returns the indices of the labels kept.
 */
export function placeLabels(boxes, obstacles = [], frame = null) {
  const placed = [];
  const kept = [];
  const clearOf = (candidate, others) => !others.some((other) => overlaps(candidate, other));
  boxes.forEach((box, index) => {
    const candidates = [{ x: box.x, y: box.y }, ...(box.alternatives || [])]
      .map((position) => ({ x: position.x, y: position.y, width: box.width, height: box.height }))
      .filter((candidate) => inside(candidate, frame) && clearOf(candidate, placed));
    const chosen = candidates.find((candidate) => clearOf(candidate, obstacles)) ?? (box.overObstacles ? candidates[0] : undefined);
    if (!chosen) return;
    box.x = chosen.x;
    box.y = chosen.y;
    placed.push(chosen);
    kept.push(index);
  });
  return kept;
}

// Greedy label collision culling: earlier (more important) boxes win, later overlapping ones are dropped.
function overlaps(a, b) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * boxes: [{x, y, width, height}] in priority order; obstacles: boxes that labels must avoid but
 * that are always kept (e.g. symbols). Returns the indices of boxes kept.
 */
export function placeLabels(boxes, obstacles = []) {
  const placed = [];
  const kept = [];
  boxes.forEach((box, index) => {
    if (obstacles.some((o) => overlaps(box, o)) || placed.some((p) => overlaps(box, p))) return;
    placed.push(box);
    kept.push(index);
  });
  return kept;
}

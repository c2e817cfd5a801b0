// Gathering events that lie close together on screen into groups, so a busy day shows one marker per spot instead of a pile of dots.

/**
 * Groups of the indices of `points` ([{x, y, weight}] in screen pixels) that lie within `radius`
 * of a group's first point. Heavier points (more important events) found groups first, so each
 * group is placed on its most important event; every point is in exactly one group.
 */
export function groupNearby(points, radius) {
  const order = points.map((_, i) => i).sort((a, b) => (points[b].weight ?? 0) - (points[a].weight ?? 0) || a - b);
  const taken = new Set();
  const groups = [];
  for (const seed of order) {
    if (taken.has(seed)) continue;
    const group = [seed];
    taken.add(seed);
    for (const other of order) {
      if (taken.has(other)) continue;
      const dx = points[other].x - points[seed].x;
      const dy = points[other].y - points[seed].y;
      if (dx * dx + dy * dy <= radius * radius) {
        group.push(other);
        taken.add(other);
      }
    }
    groups.push(group);
  }
  return groups;
}

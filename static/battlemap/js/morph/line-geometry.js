// Polyline measures for growing arrows: length, the leading part of a line, the heading at its tip.
export function polylineLength(points) {
  let length = 0;
  for (let i = 1; i < points.length; i++) length += Math.hypot(points[i][0] - points[i - 1][0], points[i][1] - points[i - 1][1]);
  return length;
}

/** The first `fraction` (0..1) of a polyline by length, as a new list of points. */
export function leadingPart(points, fraction) {
  if (points.length < 2 || fraction <= 0) return points.slice(0, 1);
  if (fraction >= 1) return points.slice();
  let remaining = polylineLength(points) * fraction;
  const part = [points[0]];
  for (let i = 1; i < points.length; i++) {
    const [x0, y0] = points[i - 1];
    const [x1, y1] = points[i];
    const segment = Math.hypot(x1 - x0, y1 - y0);
    if (segment >= remaining) {
      const t = segment === 0 ? 0 : remaining / segment;
      part.push([x0 + (x1 - x0) * t, y0 + (y1 - y0) * t]);
      return part;
    }
    part.push(points[i]);
    remaining -= segment;
  }
  return part;
}

/** Heading in radians of the last non-zero segment (atan2 convention), or 0. */
export function headingAtEnd(points) {
  for (let i = points.length - 1; i > 0; i--) {
    const dx = points[i][0] - points[i - 1][0];
    const dy = points[i][1] - points[i - 1][1];
    if (dx !== 0 || dy !== 0) return Math.atan2(dy, dx);
  }
  return 0;
}

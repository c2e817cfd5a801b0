// Morphing authored front lines between two days point by point along their length (no DOM, no Leaflet).

/** Cumulative length at each vertex of a line, [0, ..., total]. */
function cumulativeLengths(line) {
  const lengths = [0];
  for (let i = 1; i < line.length; i++) {
    lengths.push(lengths[i - 1] + Math.hypot(line[i][0] - line[i - 1][0], line[i][1] - line[i - 1][1]));
  }
  return lengths;
}

/** Each vertex's position along the line, from 0 at its start to 1 at its end. */
function vertexParameters(line) {
  const lengths = cumulativeLengths(line);
  const total = lengths.at(-1) || 1;
  return lengths.map((length) => length / total);
}

/**
 * The points at fractions `parameters` (sorted, 0..1) of the way along `line`, in one sweep, so
 * that a line of thousands of vertices still costs only its length per frame.
 */
function pointsAlong(line, parameters) {
  const lengths = cumulativeLengths(line);
  const total = lengths.at(-1);
  const points = [];
  let i = 1;
  for (const t of parameters) {
    const target = t * total;
    while (i < line.length - 1 && lengths[i] < target) i++;
    if (line.length === 1) {
      points.push([...line[0]]);
      continue;
    }
    const span = lengths[i] - lengths[i - 1];
    const f = span ? Math.min(1, Math.max(0, (target - lengths[i - 1]) / span)) : 0;
    points.push([line[i - 1][0] + (line[i][0] - line[i - 1][0]) * f, line[i - 1][1] + (line[i][1] - line[i - 1][1]) * f]);
  }
  return points;
}

/** The point a fraction `t` (0..1) of the way along `line`. */
export function pointAlong(line, t) {
  return pointsAlong(line, [t])[0];
}

function lineLength(line) {
  return cumulativeLengths(line).at(-1);
}

/** `to` turned to run the same way as `from` (start near start), so the morph does not swing. */
function alignedDirection(from, to) {
  const d = (p, q) => Math.hypot(p[0] - q[0], p[1] - q[1]);
  const same = d(from[0], to[0]) + d(from.at(-1), to.at(-1));
  const reversed = d(from[0], to.at(-1)) + d(from.at(-1), to[0]);
  return reversed < same ? [...to].reverse() : to;
}

/**
 * One line a `fraction` of the way from `from` to `to`: both are sampled at every vertex of
 * either (by relative position along the line) plus `samples` evenly spaced points, and the
 * samples are blended. At 0 it passes through every vertex of `from`, at 1 of `to`, so a
 * whole day's authored line is met exactly.
 */
export function morphLine(from, to, fraction, samples = 32) {
  const target = alignedDirection(from, to);
  const parameters = new Set([...vertexParameters(from), ...vertexParameters(target)]);
  for (let i = 0; i <= samples; i++) parameters.add(i / samples);
  const sorted = [...parameters].sort((a, b) => a - b);
  const [starts, ends] = [pointsAlong(from, sorted), pointsAlong(target, sorted)];
  return starts.map((p, i) => [p[0] + (ends[i][0] - p[0]) * fraction, p[1] + (ends[i][1] - p[1]) * fraction]);
}

/** A line shrunk towards (fraction 1) or grown from (fraction 0) its own midpoint. */
function collapsed(line, fraction) {
  const [mx, my] = pointAlong(line, 0.5);
  return line.map(([x, y]) => [x + (mx - x) * fraction, y + (my - y) * fraction]);
}

/**
 * Several lines a `fraction` of the way from `fromLines` to `toLines`: the longest is paired with
 * the longest and so on; a line with no partner shrinks to its midpoint or grows from it.
 */
export function morphLines(fromLines, toLines, fraction, samples = 32) {
  const byLength = (lines) => [...lines].sort((a, b) => lineLength(b) - lineLength(a));
  const [from, to] = [byLength(fromLines), byLength(toLines)];
  const lines = [];
  for (let i = 0; i < Math.max(from.length, to.length); i++) {
    if (from[i] && to[i]) lines.push(morphLine(from[i], to[i], fraction, samples));
    else if (from[i]) lines.push(collapsed(from[i], fraction));
    else lines.push(collapsed(to[i], 1 - fraction));
  }
  return lines;
}

// Iso-contours of a grid as GeoJSON MultiPolygon coordinates, like d3-contour but linking segments through typed arrays.
// Follows d3-contour 4.0.2 (ISC licence, Copyright 2012-2023 Mike Bostock): the same case table,
// linear smoothing and hole assignment, so the rings are the same as d3.contours().contour(values,
// threshold) gives, up to where each ring starts and the order of the polygons. Instead of
// stitching fragments (which reallocates arrays as they grow), each cell's segments are written to
// an Int32Array keyed by edge point and the rings are then followed link by link, in linear time.

const CASES = [
  [],
  [[[1.0, 1.5], [0.5, 1.0]]],
  [[[1.5, 1.0], [1.0, 1.5]]],
  [[[1.5, 1.0], [0.5, 1.0]]],
  [[[1.0, 0.5], [1.5, 1.0]]],
  [[[1.0, 1.5], [0.5, 1.0]], [[1.0, 0.5], [1.5, 1.0]]],
  [[[1.0, 0.5], [1.0, 1.5]]],
  [[[1.0, 0.5], [0.5, 1.0]]],
  [[[0.5, 1.0], [1.0, 0.5]]],
  [[[1.0, 1.5], [1.0, 0.5]]],
  [[[0.5, 1.0], [1.0, 0.5]], [[1.5, 1.0], [1.0, 1.5]]],
  [[[1.5, 1.0], [1.0, 0.5]]],
  [[[0.5, 1.0], [1.5, 1.0]]],
  [[[1.0, 1.5], [1.5, 1.0]]],
  [[[0.5, 1.0], [1.0, 1.5]]],
  [],
];

// The same table in half-cell units, flattened: per case, [x0, y0, x1, y1] for each segment.
const CASE_SEGMENTS = CASES.map((lines) => lines.flatMap(([[x0, y0], [x1, y1]]) => [x0 * 2, y0 * 2, x1 * 2, y1 * 2]));

let linkTable = new Int32Array(0);

function linkTableFor(size) {
  if (linkTable.length < size) linkTable = new Int32Array(size).fill(-1);
  return linkTable;
}

function ringArea(ring) {
  let i = 0;
  const n = ring.length;
  let area = ring[n - 1][1] * ring[0][0] - ring[n - 1][0] * ring[0][1];
  while (++i < n) area += ring[i - 1][1] * ring[i][0] - ring[i - 1][0] * ring[i][1];
  return area;
}

function segmentContains(a, b, c) {
  const i = +(a[0] === b[0]);
  const collinear = (b[0] - a[0]) * (c[1] - a[1]) === (c[0] - a[0]) * (b[1] - a[1]);
  return collinear && ((a[i] <= c[i] && c[i] <= b[i]) || (b[i] <= c[i] && c[i] <= a[i]));
}

function ringContains(ring, point) {
  const [x, y] = point;
  let contains = -1;
  for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) {
    const pi = ring[i];
    const pj = ring[j];
    if (segmentContains(pi, pj, point)) return 0;
    if ((pi[1] > y) !== (pj[1] > y) && x < ((pj[0] - pi[0]) * (y - pi[1])) / (pj[1] - pi[1]) + pi[0]) contains = -contains;
  }
  return contains;
}

function holeInRing(ring, hole) {
  for (const point of hole) {
    const c = ringContains(ring, point);
    if (c) return c;
  }
  return 0;
}

function validValue(v) {
  return v == null || Number.isNaN(v) ? -Infinity : v;
}

function smoothed(x, v0, v1, value) {
  const a = value - v0;
  const b = v1 - v0;
  const d = Number.isFinite(a) || Number.isFinite(b) ? a / b : Math.sign(a) / Math.sign(b);
  return Number.isNaN(d) ? x : x + d - 0.5;
}

/**
 * Link the contour segments of every cell into `next` (edge point -> the point after it) and
 * return the points that start them, in the order d3-contour emits them.
 */
function linkSegments(values, width, height, threshold, next, stride) {
  const starts = [];
  const above = (i) => values[i] >= threshold;
  const emit = (caseIndex, x, y) => {
    const segments = CASE_SEGMENTS[caseIndex];
    const ax = 2 * x;
    const by = 2 * y;
    for (let k = 0; k < segments.length; k += 4) {
      const start = segments[k] + ax + stride * (segments[k + 1] + by);
      next[start] = segments[k + 2] + ax + stride * (segments[k + 3] + by);
      starts.push(start);
    }
  };

  let x = -1;
  let y = -1;
  let t0;
  let t1;
  let t2;
  let t3;
  // First row (y = -1): the row above the grid counts as outside.
  t1 = above(0);
  emit(t1 << 1, x, y);
  while (++x < width - 1) {
    t0 = t1;
    t1 = above(x + 1);
    emit(t0 | (t1 << 1), x, y);
  }
  emit(t1 << 0, x, y);
  // Intermediate rows.
  while (++y < height - 1) {
    x = -1;
    const row = y * width;
    t1 = above(row + width);
    t2 = above(row);
    emit((t1 << 1) | (t2 << 2), x, y);
    while (++x < width - 1) {
      t0 = t1;
      t1 = above(row + width + x + 1);
      t3 = t2;
      t2 = above(row + x + 1);
      const c = t0 | (t1 << 1) | (t2 << 2) | (t3 << 3);
      // Uniform cells (all inside or all outside) are by far the most common: skip the call.
      if (c !== 0 && c !== 15) emit(c, x, y);
    }
    emit(t1 | (t2 << 3), x, y);
  }
  // Last row (y = height - 1): the row below the grid counts as outside.
  x = -1;
  t2 = above(y * width);
  emit(t2 << 2, x, y);
  while (++x < width - 1) {
    t3 = t2;
    t2 = above(y * width + x + 1);
    emit((t2 << 2) | (t3 << 3), x, y);
  }
  emit(t2 << 3, x, y);
  return starts;
}

/** Follow the links into closed rings of half-cell points, clearing the table behind us for the next call. */
function followRings(next, starts, stride) {
  const rings = [];
  for (const first of starts) {
    if (next[first] === -1) continue;
    const ring = [];
    let point = first;
    do {
      const b = Math.floor(point / stride);
      ring.push([(point - b * stride) / 2, b / 2]);
      const following = next[point];
      next[point] = -1;
      point = following;
    } while (point !== first && point !== -1);
    ring.push([ring[0][0], ring[0][1]]);
    rings.push(ring);
  }
  return rings;
}

/** Smooth each ring onto the crossing, then make the outer rings polygons and put each hole in the first that holds it. */
function nestRings(rings, values, width, height, threshold) {
  const polygons = [];
  const holes = [];
  for (const ring of rings) {
    // Linear smoothing: move each point along its cell edge to where the value crosses.
    for (const point of ring) {
      const [px, py] = point;
      const xt = px | 0;
      const yt = py | 0;
      const v1 = validValue(values[yt * width + xt]);
      if (px > 0 && px < width && xt === px) point[0] = smoothed(px, validValue(values[yt * width + xt - 1]), v1, threshold);
      if (py > 0 && py < height && yt === py) point[1] = smoothed(py, validValue(values[(yt - 1) * width + xt]), v1, threshold);
    }
    if (ringArea(ring) > 0) polygons.push([ring]);
    else holes.push(ring);
  }
  for (const hole of holes) {
    for (const polygon of polygons) {
      if (holeInRing(polygon[0], hole) !== -1) {
        polygon.push(hole);
        break;
      }
    }
  }
  return polygons;
}

/**
 * Contour polygons of `values` (row-major, width × height, value i sampled at cell centre) at
 * `threshold`: cells with value >= threshold are inside. Coordinates run 0..width, 0..height.
 */
export function contourPolygons(values, width, height, threshold = 0) {
  // An edge point at half-cell coordinates (a, b) = (2x, 2y) has the index a + stride * b.
  const stride = 2 * (width + 1);
  const next = linkTableFor(stride * (2 * height + 3));
  const starts = linkSegments(values, width, height, threshold, next, stride);
  return nestRings(followRings(next, starts, stride), values, width, height, threshold);
}

// Rasterising polygons onto a grid and the signed Euclidean distance transform (Felzenszwalb–Huttenlocher).
const FAR = 1e20;

/**
 * Fill a mask (1 inside, 0 outside) from polygons given in grid coordinates.
 * polygons: [[ring, ring...], ...], each ring a list of [gx, gy]; within one polygon the rings
 * combine even-odd (holes), and polygons combine by union, so overlapping polygons stay filled.
 */
export function rasterisePolygons(polygons, width, height, mask = new Uint8Array(width * height)) {
  const crossings = [];
  for (const rings of polygons) {
    let minY = Infinity;
    let maxY = -Infinity;
    for (const ring of rings) for (const [, y] of ring) {
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    const rowStart = Math.max(0, Math.ceil(minY - 0.5));
    const rowEnd = Math.min(height - 1, Math.floor(maxY - 0.5));
    for (let row = rowStart; row <= rowEnd; row++) {
      const scanY = row + 0.5;
      crossings.length = 0;
      for (const ring of rings) {
        for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) {
          const [xi, yi] = ring[i];
          const [xj, yj] = ring[j];
          if ((yi > scanY) !== (yj > scanY)) crossings.push(xi + ((scanY - yi) / (yj - yi)) * (xj - xi));
        }
      }
      crossings.sort((a, b) => a - b);
      for (let k = 0; k + 1 < crossings.length; k += 2) {
        // Cell centres at col + 0.5 strictly between the two crossings are inside.
        const colStart = Math.max(0, Math.ceil(crossings[k] - 0.5));
        const colEnd = Math.min(width - 1, Math.floor(crossings[k + 1] - 0.5));
        for (let col = colStart; col <= colEnd; col++) mask[row * width + col] = 1;
      }
    }
  }
  return mask;
}

/** One-dimensional squared distance transform of f (length n) into d; v and z are scratch. */
function distanceTransform1d(f, n, d, v, z) {
  let k = 0;
  v[0] = 0;
  z[0] = -FAR;
  z[1] = FAR;
  for (let q = 1; q < n; q++) {
    let s = ((f[q] + q * q) - (f[v[k]] + v[k] * v[k])) / (2 * q - 2 * v[k]);
    while (s <= z[k]) {
      k--;
      s = ((f[q] + q * q) - (f[v[k]] + v[k] * v[k])) / (2 * q - 2 * v[k]);
    }
    k++;
    v[k] = q;
    z[k] = s;
    z[k + 1] = FAR;
  }
  k = 0;
  for (let q = 0; q < n; q++) {
    while (z[k + 1] < q) k++;
    d[q] = (q - v[k]) * (q - v[k]) + f[v[k]];
  }
}

/** Squared Euclidean distance, in cells, from every cell to the nearest cell where isFeature(mask value). */
export function squaredDistanceTo(mask, width, height, featureValue) {
  const size = Math.max(width, height);
  const grid = new Float64Array(width * height);
  const f = new Float64Array(size);
  const d = new Float64Array(size);
  const v = new Int32Array(size);
  const z = new Float64Array(size + 1);
  for (let i = 0; i < width * height; i++) grid[i] = mask[i] === featureValue ? 0 : FAR;
  for (let x = 0; x < width; x++) {
    for (let y = 0; y < height; y++) f[y] = grid[y * width + x];
    distanceTransform1d(f, height, d, v, z);
    for (let y = 0; y < height; y++) grid[y * width + x] = d[y];
  }
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) f[x] = grid[y * width + x];
    distanceTransform1d(f, width, d, v, z);
    for (let x = 0; x < width; x++) grid[y * width + x] = d[x];
  }
  return grid;
}

/**
 * Exact distance, in cells, from each cell centre within `band` cells of a ring edge to the
 * nearest edge; Infinity elsewhere. Rings are lists of [gx, gy] in grid coordinates.
 */
export function distanceToRingsNearby(rings, width, height, band = 2) {
  const distance = new Float32Array(width * height).fill(Infinity);
  for (const ring of rings) {
    for (let k = 1; k < ring.length; k++) {
      const [ax, ay] = ring[k - 1];
      const [bx, by] = ring[k];
      const dx = bx - ax;
      const dy = by - ay;
      const lengthSquared = dx * dx + dy * dy;
      const colStart = Math.max(0, Math.floor(Math.min(ax, bx) - band - 0.5));
      const colEnd = Math.min(width - 1, Math.ceil(Math.max(ax, bx) + band - 0.5));
      const rowStart = Math.max(0, Math.floor(Math.min(ay, by) - band - 0.5));
      const rowEnd = Math.min(height - 1, Math.ceil(Math.max(ay, by) + band - 0.5));
      for (let row = rowStart; row <= rowEnd; row++) {
        const cy = row + 0.5;
        for (let col = colStart; col <= colEnd; col++) {
          const cx = col + 0.5;
          let t = lengthSquared === 0 ? 0 : ((cx - ax) * dx + (cy - ay) * dy) / lengthSquared;
          t = t < 0 ? 0 : t > 1 ? 1 : t;
          const d = Math.hypot(cx - (ax + t * dx), cy - (ay + t * dy));
          const i = row * width + col;
          if (d < distance[i]) distance[i] = d;
        }
      }
    }
  }
  return distance;
}

/**
 * Signed distance in cells: negative inside, positive outside. Far from the boundary it comes
 * from the distance transform of the mask (zero half-way between an inside and an outside cell
 * centre); near it, when the rings are given, it is the exact distance to the rings, so the zero
 * contour follows the true outline instead of the cell staircase. An empty mask gives
 * +(width + height) everywhere, a full one the negative of that.
 */
export function signedDistanceField(mask, width, height, rings = null) {
  const field = new Float32Array(width * height);
  const emptyDistance = width + height;
  let insideCount = 0;
  for (let i = 0; i < mask.length; i++) insideCount += mask[i];
  if (insideCount === 0 || insideCount === mask.length) {
    field.fill(insideCount === 0 ? emptyDistance : -emptyDistance);
    return field;
  }
  const toInside = squaredDistanceTo(mask, width, height, 1);
  const toOutside = squaredDistanceTo(mask, width, height, 0);
  for (let i = 0; i < field.length; i++) {
    field[i] = mask[i] ? 0.5 - Math.sqrt(toOutside[i]) : Math.sqrt(toInside[i]) - 0.5;
  }
  if (rings) {
    const exact = distanceToRingsNearby(rings, width, height);
    for (let i = 0; i < field.length; i++) {
      if (exact[i] !== Infinity) field[i] = mask[i] ? -exact[i] : exact[i];
    }
  }
  return field;
}

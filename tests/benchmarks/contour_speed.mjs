// Benchmark: our marching squares against d3-contour on a 256-cell grid, same field, same run.
// Run: node tests/benchmarks/contour_speed.mjs   (target: at least twice as fast as d3-contour)
import { contourPolygons } from '../../static/battlemap/js/morph/marching-squares.js';
import { loadD3 } from '../js/helpers/vendor.mjs';

const d3 = await loadD3();
const [width, height] = [256, 190];
const values = new Float32Array(width * height);
for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) values[y * width + x] = 60 - Math.hypot(x - 128, y - 90) + 10 * Math.sin(x / 7);
const generator = d3.contours().size([width, height]);
const time = (run) => {
  for (let i = 0; i < 50; i++) run();
  const start = performance.now();
  for (let i = 0; i < 100; i++) run();
  return performance.now() - start;
};
const ownTime = time(() => contourPolygons(values, width, height, 0));
const d3Time = time(() => generator.contour(values, 0));
console.log(`100 contours of a ${width}x${height} field: ours ${ownTime.toFixed(1)} ms, d3-contour ${d3Time.toFixed(1)} ms, `
  + `ratio ${(d3Time / ownTime).toFixed(2)}x  [${ownTime * 2 < d3Time ? 'ok' : 'MISSED'}: at least 2x]`);

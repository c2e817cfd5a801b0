// Renders haloed text labels to small canvases once, so frames copy bitmaps instead of rasterising glyphs.
const PAD = 3;

function renderLabel({ text, font, colour, halo, width, height, baseline, ratio }) {
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * ratio);
  canvas.height = Math.ceil(height * ratio);
  const context = canvas.getContext('2d');
  context.scale(ratio, ratio);
  context.font = font;
  context.textBaseline = 'alphabetic';
  context.lineJoin = 'round';
  context.lineWidth = 3.5;
  context.strokeStyle = halo;
  context.fillStyle = colour;
  context.strokeText(text, PAD, baseline);
  context.fillText(text, PAD, baseline);
  return canvas;
}

export class LabelCache {
  constructor({ maxEntries = 2000 } = {}) {
    this._cache = new Map();
    this._maxEntries = maxEntries;
    this._ratio = window.devicePixelRatio || 1;
  }

  /**
   * {canvas, width, height} of a label: text in font and colour with a white halo. The size is
   * measured at once; the bitmap is rendered when `canvas` is first read, so that a label that
   * loses its place to another (most place names at a wide zoom) costs a measurement only.
   */
  get(text, font, colour = '#111', halo = 'rgba(255,255,255,0.92)') {
    const key = `${font}|${colour}|${halo}|${text}`;
    let entry = this._cache.get(key);
    if (entry) return entry;
    this._measure ??= document.createElement('canvas').getContext('2d');
    this._measure.font = font;
    const metrics = this._measure.measureText(text);
    const width = Math.ceil(metrics.width) + 2 * PAD;
    const ascent = metrics.actualBoundingBoxAscent || 10;
    const height = Math.ceil(ascent + (metrics.actualBoundingBoxDescent || 3)) + 2 * PAD;
    const ratio = this._ratio;
    let canvas = null;
    entry = {
      width,
      height,
      get canvas() {
        canvas ??= renderLabel({ text, font, colour, halo, width, height, baseline: PAD + ascent, ratio });
        return canvas;
      },
    };
    if (this._cache.size >= this._maxEntries) this._cache.clear();
    this._cache.set(key, entry);
    return entry;
  }
}

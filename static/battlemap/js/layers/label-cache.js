// Renders haloed text labels to small canvases once, so frames copy bitmaps instead of rasterising glyphs.
export class LabelCache {
  constructor({ maxEntries = 2000 } = {}) {
    this._cache = new Map();
    this._maxEntries = maxEntries;
    this._ratio = window.devicePixelRatio || 1;
  }

  /** {canvas, width, height} of a label: text in font and colour with a white halo. */
  get(text, font, colour = '#111', halo = 'rgba(255,255,255,0.92)') {
    const key = `${font}|${colour}|${halo}|${text}`;
    let entry = this._cache.get(key);
    if (entry) return entry;
    this._measure ??= document.createElement('canvas').getContext('2d');
    const measure = this._measure;
    measure.font = font;
    const metrics = measure.measureText(text);
    const pad = 3;
    const width = Math.ceil(metrics.width) + 2 * pad;
    const height = Math.ceil((metrics.actualBoundingBoxAscent || 10) + (metrics.actualBoundingBoxDescent || 3)) + 2 * pad;
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * this._ratio);
    canvas.height = Math.ceil(height * this._ratio);
    const context = canvas.getContext('2d');
    context.scale(this._ratio, this._ratio);
    context.font = font;
    context.textBaseline = 'alphabetic';
    context.lineJoin = 'round';
    context.lineWidth = 3.5;
    context.strokeStyle = halo;
    context.fillStyle = colour;
    const baseline = pad + (metrics.actualBoundingBoxAscent || 10);
    context.strokeText(text, pad, baseline);
    context.fillText(text, pad, baseline);
    if (this._cache.size >= this._maxEntries) this._cache.clear();
    entry = { canvas, width, height };
    this._cache.set(key, entry);
    return entry;
  }
}

// Renders milsymbol unit symbols to canvases once per code, size, colour and status, for fast redraws.
import { identityFor, withIdentity } from '../point-of-view.js';

const STATUS_MARKS = { destroyed: 'cross', encircled: 'ring', withdrawn: 'fade' };

export class SymbolCache {
  constructor(milsymbol = window.ms) {
    if (!milsymbol?.Symbol) throw new Error('SymbolCache: milsymbol (window.ms) is not loaded');
    this._milsymbol = milsymbol;
    this._cache = new Map();
    /** The side whose point of view the frames take, or null: every side framed alike (neutral). */
    this.pointOfView = null;
  }

  /** Take `side`'s point of view (friend and hostile frames), or none with null. */
  setPointOfView(side) {
    if ((side || null) === this.pointOfView) return;
    this.pointOfView = side || null;
    this._cache.clear();
  }

  /**
   * {canvas, anchor: {x, y}, width, height} for a symbol; built on first use, then reused. Given
   * the unit's `side`, its frame follows the point of view, whatever identity the code carries.
   */
  get(sidc, size, fillColor, status = 'engaged', side = null) {
    if (side !== null) sidc = withIdentity(sidc, identityFor(side, this.pointOfView));
    const key = `${sidc}|${size}|${fillColor}|${STATUS_MARKS[status] || ''}`;
    let entry = this._cache.get(key);
    if (entry) return entry;
    const symbol = new this._milsymbol.Symbol(sidc, {
      size,
      fillColor,
      colorMode: 'Light',
      outlineColor: '#ffffff',
      outlineWidth: 3,
      frame: true,
      fill: true,
    });
    const source = symbol.asCanvas(window.devicePixelRatio || 1);
    const anchor = symbol.getAnchor();
    const { width, height } = symbol.getSize();
    const mark = STATUS_MARKS[status];
    if (mark === 'cross' || mark === 'ring') {
      const context = source.getContext('2d');
      const ratio = source.width / width;
      context.save();
      context.scale(ratio, ratio);
      context.lineWidth = Math.max(2, size / 8);
      context.strokeStyle = mark === 'cross' ? '#111111' : '#f1c40f';
      context.beginPath();
      if (mark === 'cross') {
        context.moveTo(width * 0.15, height * 0.15);
        context.lineTo(width * 0.85, height * 0.85);
        context.moveTo(width * 0.85, height * 0.15);
        context.lineTo(width * 0.15, height * 0.85);
      } else {
        context.rect(1, 1, width - 2, height - 2);
      }
      context.stroke();
      context.restore();
    }
    entry = { canvas: source, anchor, width, height };
    this._cache.set(key, entry);
    return entry;
  }

  /** A data: URL image of a symbol, for the legend and cards. */
  dataUrl(sidc, size, fillColor, status, side = null) {
    return this.get(sidc, size, fillColor, status, side).canvas.toDataURL();
  }

  get size() {
    return this._cache.size;
  }
}

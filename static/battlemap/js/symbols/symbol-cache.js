// Unit symbols drawn to canvases once per code, size, colour and status, for fast redraws: from the symbol sprite, or from milsymbol for a code outside it.
import { Emitter } from '../core/emitter.js';
import { identityFor, withIdentity } from '../classroom/point-of-view.js';
import { renderSpriteEntry } from './symbol-draw.js';

const STATUS_MARKS = { destroyed: 'cross', encircled: 'ring', withdrawn: 'fade' };
/** Drawn while milsymbol loads for a code the sprite lacks: the plain frame of the same identity. */
const PLACEHOLDER = 'SFGPU----------';
/** The options milsymbol draws with (tools/build/symbol-sprite.mjs renders the sprite with the same). */
const MILSYMBOL_OPTIONS = { colorMode: 'Light', outlineColor: '#ffffff', outlineWidth: 3, frame: true, fill: true };

function documentCanvas(width, height) {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas;
}

/**
 * sprite: SYMBOL_SPRITE (symbols/symbol-sprite.js); loadMilsymbol: () => a promise of
 * milsymbol's `ms`, asked for only when a code is not in the sprite. Fires 'change' once symbols
 * drawn as placeholders can be drawn as themselves, and when the point of view changes.
 */
export class SymbolCache extends Emitter {
  constructor({ sprite, loadMilsymbol = null, createCanvas = documentCanvas, ratio = () => window.devicePixelRatio || 1 } = {}) {
    super();
    if (!sprite?.symbols) throw new Error('SymbolCache: a symbol sprite ({symbols}) is required');
    this._sprite = sprite;
    this._loadMilsymbol = loadMilsymbol;
    this._createCanvas = createCanvas;
    this._ratio = ratio;
    this._milsymbol = null;
    this._milsymbolLoading = null;
    this._cache = new Map();
    /** The side whose point of view the frames take, or null: every side framed alike (neutral). */
    this.pointOfView = null;
  }

  /** Take `side`'s point of view (friend and hostile frames), or none with null; fires 'change' (the symbols drawn change). */
  setPointOfView(side) {
    if ((side || null) === this.pointOfView) return;
    this.pointOfView = side || null;
    this._cache.clear();
    this.fire('change');
  }

  /** Whether `sidc` (identity as given) is drawn from the sprite, without milsymbol. */
  inSprite(sidc) {
    return Object.hasOwn(this._sprite.symbols, sidc);
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
    entry = this._draw(sidc, size, fillColor);
    if (!entry) return this._placeholder(sidc, size, fillColor, status);
    this._markStatus(entry, size, STATUS_MARKS[status]);
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

  _draw(sidc, size, fill) {
    const ratio = this._ratio();
    const spriteEntry = this._sprite.symbols[sidc];
    if (spriteEntry) {
      return renderSpriteEntry(spriteEntry, {
        size, ratio, fill, fillSlot: this._sprite.fillSlot, baseSize: this._sprite.size, createCanvas: this._createCanvas,
      });
    }
    if (!this._milsymbol) return null;
    const symbol = new this._milsymbol.Symbol(sidc, { ...MILSYMBOL_OPTIONS, size, fillColor: fill });
    const { width, height } = symbol.getSize();
    return { canvas: symbol.asCanvas(ratio), anchor: symbol.getAnchor(), width, height };
  }

  /** The same identity's plain frame, not cached, while milsymbol loads for `sidc`. */
  _placeholder(sidc, size, fill, status) {
    this._requestMilsymbol(sidc);
    const plain = /^[A-Za-z*-]{15}$/.test(sidc) ? PLACEHOLDER[0] + sidc[1] + PLACEHOLDER.slice(2) : PLACEHOLDER;
    const entry = this._draw(this.inSprite(plain) ? plain : PLACEHOLDER, size, fill);
    this._markStatus(entry, size, STATUS_MARKS[status]);
    return entry;
  }

  _requestMilsymbol(sidc) {
    if (this._milsymbolLoading || !this._loadMilsymbol) return;
    this._milsymbolLoading = this._loadMilsymbol().then((milsymbol) => {
      if (!milsymbol?.Symbol) throw new Error('SymbolCache: milsymbol loaded without ms.Symbol');
      this._milsymbol = milsymbol;
      this.fire('change');
    }).catch((error) => console.error(`battlemap: symbol ${sidc} is not in the sprite and milsymbol did not load:`, error));
  }

  _markStatus(entry, size, mark) {
    if (mark !== 'cross' && mark !== 'ring') return;
    const { canvas, width, height } = entry;
    const context = canvas.getContext('2d');
    const ratio = canvas.width / width;
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
}

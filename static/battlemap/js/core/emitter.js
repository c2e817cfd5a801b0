// A minimal event emitter, so the clock and the data can talk to layers without the DOM or Leaflet.
export class Emitter {
  constructor() {
    this._listeners = new Map();
  }

  on(type, listener) {
    if (!this._listeners.has(type)) this._listeners.set(type, new Set());
    this._listeners.get(type).add(listener);
    return this;
  }

  off(type, listener) {
    this._listeners.get(type)?.delete(listener);
    return this;
  }

  fire(type, detail = {}) {
    for (const listener of [...(this._listeners.get(type) ?? [])]) listener({ type, target: this, ...detail });
    return this;
  }
}

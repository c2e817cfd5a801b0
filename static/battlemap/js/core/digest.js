// A short stable hash of drawn geometry, so tests can tell whether two frames drew the same thing.
export function digestOf(value) {
  const text = typeof value === 'string' ? value : JSON.stringify(value, (key, v) => (typeof v === 'number' ? Math.round(v * 100) / 100 : v));
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
